# Where async for / async with / async comprehensions are not allowed: the SyntaxError texts.
sources = [
    "def f(): return [await x for x in y]",
    "def f(): return [x async for x in y]",
    "async def f(): return lambda: [await x for x in y]",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with y: pass",
    "async for x in y: pass",
    "async with y: pass",
    "[x async for x in y]",
    "async def f(): return [await x for x in y]",
    "async def f(): return [x for x in y if await x]",
    "async def f():\n    async with a as b, c:\n        async for x in b: pass",
]
for src in sources:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno)
