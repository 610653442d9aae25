# generator, coroutine and async generator __name__/__qualname__, and type(g).__name__
def gen():
    yield 1
g = gen()
print(g.__name__, g.__qualname__)
print(type(g).__name__, type(g).__qualname__)
class A:
    def m(self):
        yield 2
    async def c(self):
        pass
    async def ag(self):
        yield 1
a = A()
print(a.m().__name__, a.m().__qualname__)
co = a.c()
print(co.__name__, co.__qualname__, type(co).__name__)
co.close()
ag = a.ag()
print(ag.__name__, ag.__qualname__, type(ag).__name__)
g.__name__ = "foo"
print(g.__name__, repr(g)[:24])
try:
    g.__name__ = 3
except TypeError as e:
    print(e)
ge = (x for x in range(3))
print(ge.__name__, ge.__qualname__)
import asyncio
async def main():
    age = (x async for x in agen())
    print(type(age).__name__)
    print([x async for x in age])
    r = [y async for y in (x*2 async for x in agen())]
    print(r)
async def agen():
    for i in range(3):
        yield i
asyncio.run(main())
