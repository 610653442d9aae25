# asynchronous generator expressions: async for, await inside, nested, in sync functions
import asyncio
async def agen():
    for i in range(3):
        await asyncio.sleep(0)
        yield i
def sync_make():
    return (x * 10 async for x in agen())
async def main():
    g = (x async for x in agen())
    print(type(g).__name__, g.__name__, g.__qualname__)
    print([x async for x in g])
    print([y async for y in (x*2 async for x in agen() if x)])
    print([x async for x in sync_make()])
    async def co(v):
        return v + 100
    h = (await co(x) for x in range(3))
    print(type(h).__name__)
    print([v async for v in h])
    s = 0
    async for v in (a + b async for a in agen() for b in range(2)):
        s += v
    print(s)
    print({x: 1 async for x in agen()}, {x async for x in agen()})
asyncio.run(main())
