# getattr with a default, hasattr, setattr on a module
import sys
def f():
    return 1
print(getattr(f, "__name__"), getattr(f, "missing", "dflt"), getattr("abc", "upper")())
print(hasattr(f, "__name__"), hasattr(f, "nope"), hasattr("s", "join"), hasattr(1, "zz"))
print(hasattr(sys, "tag"))
setattr(sys, "tag", 42)
print(sys.tag, getattr(sys, "tag"), hasattr(sys, "tag"))
print(getattr([], "append") is not None, getattr(None, "x", None))
print(getattr(1, "bogus"))
