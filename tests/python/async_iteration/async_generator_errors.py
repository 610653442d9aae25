# Async generator edge cases: reusing an awaited __anext__, aclose ignoring GeneratorExit,
# errors raised inside, 'return' with a value, athrow with a class and a value.
import asyncio


async def counter(n):
    for i in range(n):
        yield i


async def stubborn():
    try:
        yield "again"
    except GeneratorExit:
        yield "ignored"


async def failing():
    yield 1
    raise KeyError("inside")


async def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"caught {e!r}"


async def main():
    g = counter(3)
    aw = g.__anext__()
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError", e)
    s = stubborn()
    print(await s.__anext__())
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    f = failing()
    print(await anext(f))
    try:
        await anext(f)
    except KeyError as e:
        print("KeyError", e)
    try:
        await anext(f)
    except StopAsyncIteration:
        print("exhausted after error")
    c = catcher()
    print(await anext(c))
    print(await c.athrow(ValueError, "v"))
    print(await anext(c))
    print(await c.athrow(ValueError("w")))
    await c.aclose()
    await c.aclose()
    try:
        await anext(c)
    except StopAsyncIteration:
        print("closed")
    fresh = counter(2)
    await fresh.aclose()
    print([x async for x in fresh])
    for src in ("async def f():\n    yield 1\n    return 2\n", "async def f():\n    yield 1\n    return\n"):
        try:
            compile(src, "<s>", "exec")
            print("compiles")
        except SyntaxError as e:
            print("SyntaxError", e.msg)
    try:
        anext(5)
    except TypeError as e:
        print("TypeError", e)
    try:
        aiter(5)
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
