# async def makes coroutine objects; await drives them; send/throw/close as CPython
import types

async def add(a, b):
    return a + b

async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]

c = main()
print(type(c).__name__, type(c) is not types.GeneratorType, c.__class__.__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)

class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield "waiting"
        return (self.v, got)

async def uses_awaitable():
    r = await Ready(5)
    return r

co = uses_awaitable()
print(co.send(None))
try:
    co.send("resumed")
except StopIteration as e:
    print("done", e.value)

async def fails():
    await Ready(1)
    raise ValueError("boom")

f = fails()
f.send(None)
try:
    f.send(None)
except ValueError as e:
    print("ValueError:", e)

async def bad():
    return await 5
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)

async def catcher():
    try:
        await Ready(0)
    except KeyError as e:
        return "caught " + str(e)
k = catcher()
k.send(None)
try:
    k.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
z = add(1, 1)
z.close()
co2 = add(1, 2)
try:
    for _ in co2:
        pass
except TypeError as e:
    print("TypeError:", e)
co2.close()
try:
    exec("def plain():\n    await add(1, 2)\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
