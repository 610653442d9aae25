# SyntaxError messages for invalid assignment, deletion and augmented-assignment targets,
# with CPython's line, offset and end offset.
cases = [
    "f() = 3",
    "1 + 2 = x",
    "a, f() = 1, 2",
    "f() = x = 3",
    "x = f() = 3",
    "a < b = 1",
    "(x for x in y) = 1",
    "[x for x in y] = 1",
    "{1: 2} = x",
    "'abc' 'def' = 1",
    "True = 1",
    "None = 1",
    "... = 1",
    "a.b + 1 = 2",
    "x = yield = 3",
    "for 1 in x: pass",
    "for f() in x: pass",
    "with a as (b, c()): pass",
    "del f()",
    "del x + 1",
    "del (a, 1)",
    "(a, b) += 1",
    "None += 1",
    "f() += 1",
    "f(): int = 1",
    "(a.b := 1)",
    "(f() := 1)",
    "not x = 1",
    "-x = 1",
    "lambda: 1 = 1",
    "x if y else z = 1",
    "__debug__ = 1",
    "del __debug__",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print(f"{src!r}: compiled")
    except SyntaxError as e:
        print(f"{src!r}: {type(e).__name__}: {e.msg} @ {e.lineno}:{e.offset}")
