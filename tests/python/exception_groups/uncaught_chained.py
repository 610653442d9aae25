# An uncaught group from except*: a new group of the handler error and the unhandled rest, chained.
import sys
def f():
    raise ValueError("inner")
def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("ctx")
excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
excs.append(ExceptionGroup("nested", [KeyError(1), OSError(2)]))
try:
    raise ExceptionGroup("top", excs)
except* KeyError:
    raise RuntimeError("handler")
