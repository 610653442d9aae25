# async with exits run on break/continue/return/exceptions inside nested async for loops.
import asyncio


class Res:
    log = []

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        Res.log.append("+" + self.name)
        return self

    async def __aexit__(self, *exc):
        Res.log.append("-" + self.name + ("!" if exc[0] else ""))
        return False


class Count:
    def __init__(self, n):
        self.n, self.i = n, 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.i += 1
        if self.i > self.n:
            raise StopAsyncIteration
        return self.i


async def work():
    total = 0
    async for i in Count(4):
        async with Res(f"r{i}"):
            if i == 1:
                continue
            async for j in Count(3):
                async with Res(f"q{i}{j}"):
                    if j == 2:
                        break
                    total += i * j
            if i == 3:
                return total
    return -1


async def fails():
    async with Res("outer"):
        async for i in Count(2):
            async with Res(f"in{i}"):
                if i == 2:
                    1 / 0


async def main():
    print(await work())
    try:
        await fails()
    except ZeroDivisionError as e:
        print("error", e)
    print(Res.log)


asyncio.run(main())
