# Asynchronous generators: async for, comprehensions, __anext__/anext/aiter, asend, athrow, aclose.
import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
    print("agen done")
async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("echo closing", received)
async def main():
    async for x in agen(3):
        print("got", x)
    print([x * 10 async for x in agen(4)])
    g = agen(2)
    print(type(g).__name__)
    print(await g.__anext__(), await anext(g))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    e = echo()
    print(await e.asend(None), await e.asend("a"), await e.asend("b"))
    await e.aclose()
    e2 = echo()
    await anext(e2)
    try:
        await e2.athrow(ValueError("boom"))
    except ValueError as ex:
        print("athrow ->", ex)
    ai = aiter(agen(1))
    print(ai is not None, [v async for v in ai])
    try:
        for x in agen(1):
            pass
    except TypeError as ex:
        print("TypeError", ex)
    try:
        await agen(1)
    except TypeError as ex:
        print("TypeError", ex)
    async def early():
        try:
            yield 1
            yield 2
        finally:
            print("early cleanup")
    async for v in early():
        print("early", v)
        break
asyncio.run(main())
