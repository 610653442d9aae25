# A function's __code__ is one object per code: the same on every access, shared by the
# functions made from it (closures, repeated exec of one compiled code) and the very object
# in the enclosing code's co_consts.
def f():
    pass


print(f.__code__ is f.__code__)


def make(n):
    def inner():
        return n
    return inner


a, b = make(1), make(2)
print(a.__code__ is b.__code__, a() + b())
print(any(c is a.__code__ for c in make.__code__.co_consts))

src = compile("def g(x):\n    return x * 2\n", "<src>", "exec")
g1, g2 = {}, {}
exec(src, g1)
exec(src, g2)
print(g1["g"] is g2["g"], g1["g"].__code__ is g2["g"].__code__, g1["g"](4))
print(src.co_consts[0] is g1["g"].__code__)

# Two compilations of the same text are two codes.
other = compile("def g(x):\n    return x * 2\n", "<src>", "exec")
print(other is src, other.co_consts[0] is src.co_consts[0])

# Code objects work as dict keys by identity of the code.
seen = {f.__code__: "f", a.__code__: "inner"}
print(seen[f.__code__], seen[b.__code__], len(seen))


def gen():
    yield 1


g = gen()
print(g.gi_code is gen.__code__)

# Swapping __code__ hands back the new code, then the old one again.
def h():
    return "h"


old = h.__code__
h.__code__ = f.__code__
print(h.__code__ is f.__code__, h())
h.__code__ = old
print(h.__code__ is old, h())
