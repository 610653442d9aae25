# Where a failed assert points (CPython 3.11): at the last comparison of its condition,
# else at the whole statement (no carets), with or without a message.
import os
import tempfile
import traceback

x = 0


def f(a):
    return a


cases = [
    "assert 1 < 2 > 3, 'm'",
    "assert not 1",
    "assert 0 and 1, 'm'",
    "assert x.real",
    "assert f(0) == 2, 'm'",
    "assert 1 in []",
    "assert f(0), 'msg ' + str(1)",
    "assert x < 0 or x > 5 and x, 'm'",
    "assert x is None",
    "assert (x if x > 1 else 0)",
    "assert not (x == 0), 'm'",
    "assert x",
    "assert (1 ==\n        2), 'm'",
]
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "case.py")
    for src in cases:
        with open(path, "w") as fh:
            fh.write(src + "\n")
        try:
            exec(compile(src, path, "exec"))
        except AssertionError:
            print(traceback.format_exc().split("\n", 3)[3].replace(path, "case.py"))
