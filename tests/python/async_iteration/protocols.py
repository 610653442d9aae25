# async for / async with / async comprehensions over classes with __aiter__/__anext__ and __aenter__/__aexit__.
import asyncio
class Ticker:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i
class CM:
    def __init__(self, name, suppress=False): self.name = name; self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, e, tb):
        print("exit", self.name, et.__name__ if et else None, e)
        return self.suppress
async def double(x):
    await asyncio.sleep(0)
    return x * 2
async def main():
    async for i in Ticker(3):
        print("tick", i)
    else:
        print("loop else")
    async for i in Ticker(5):
        if i == 2: continue
        if i == 4: break
        print("t", i)
    print([i async for i in Ticker(4)])
    print({i: i * i async for i in Ticker(3) if i != 2})
    print({i async for i in Ticker(3)})
    print([await double(i) for i in range(3)])
    print([x for x in range(5) if await double(x) > 4])
    print([(a, b) async for a in Ticker(2) for b in "xy"])
    print([(a, b) for a in "xy" async for b in Ticker(2)])
    async with CM("a") as a, CM("b") as b:
        print("body", a, b)
    async with CM("s", True):
        raise ValueError("swallowed")
    print("after suppress")
    try:
        async with CM("p"):
            raise KeyError("k")
    except KeyError as e:
        print("propagated", e)
    r = await inner_return()
    print("returned", r)
    for bad in (1, Ticker):
        try:
            async for x in bad:
                pass
        except TypeError as e:
            print("TypeError", e)
    try:
        async with 5:
            pass
    except TypeError as e:
        print("TypeError", e)
    class Half:
        async def __aenter__(self): return 1
    try:
        async with Half():
            pass
    except TypeError as e:
        print("TypeError", e)
    class BadNext:
        def __aiter__(self): return self
        def __anext__(self): return 5
    try:
        async for x in BadNext():
            pass
    except TypeError as e:
        print("TypeError", e)
async def inner_return():
    async with CM("r"):
        async for i in Ticker(10):
            if i == 3:
                return i
asyncio.run(main())
