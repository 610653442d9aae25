"""Plain Python calls and returns: arity checks per code (after `__code__` swaps), global
loads through the per-code cache when one code runs under several globals and builtins,
names rebound during a call, and deep recursion ending in RecursionError."""

import sys
import types


def two(a, b):
    return a + b


def three(a, b, c):
    return (a, b, c)


def gen2(a, b):
    yield a
    yield b


def kwonly(a, *, b=5):
    return a * b


def star(a, *rest):
    return (a, rest)


print(two(1, 2))
for code in (three.__code__, gen2.__code__, kwonly.__code__, star.__code__, two.__code__):
    two.__code__ = code
    for args in ((1, 2), (1, 2, 3), (4,)):
        try:
            r = two(*args) if len(args) != 2 else two(args[0], args[1])
            print(code.co_name, args, list(r) if isinstance(r, types.GeneratorType) else r)
        except TypeError as e:
            print(code.co_name, args, "TypeError:", e)


class C:
    def m(self, x):
        return x + 1

    def g(self):
        return self.m(1)


c = C()
print(c.m(1), c.g())
C.m.__code__ = three.__code__
try:
    c.m(1)
except TypeError as e:
    print("TypeError:", e)
print(c.m(1, 2)[1:])


# One compiled code under two globals dicts, a builtin shadowed in one of them.
src = compile("def reader():\n    return VALUE, len('abcd')\n", "<reader>", "exec")
g1 = {"VALUE": "one", "__builtins__": __builtins__}
g2 = {"VALUE": "two", "len": lambda s: "global len"}
exec(src, g1)
exec(src, g2)
f1, f2 = g1["reader"], g2["reader"]
for _ in range(3):
    print(f1(), f2())
g2["VALUE"] = "two'"
del g2["len"]
print(f1(), f2())
del g1["VALUE"]
try:
    f1()
except NameError as e:
    print("NameError:", e)
print(f2())


# A global rebound while the function that reads it is running.
def rebinder():
    global target
    target = lambda: "second"
    return "rebound"


def target():
    return "first"


def caller():
    out = [target()]
    out.append(rebinder())
    out.append(target())
    return out


print(caller(), caller())


def uses_builtin():
    return abs(-3)


import builtins

orig_abs = builtins.abs
print(uses_builtin())
builtins.abs = lambda x: "patched"
print(uses_builtin())
abs = lambda x: "module abs"
print(uses_builtin())
del abs
print(uses_builtin())
builtins.abs = orig_abs
print(uses_builtin())


# Deep recursion: the error, its text, and that calls work after it.
def down(n):
    return down(n + 1)


def depth(n):
    return n if n == 0 else 1 + depth(n - 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(500))
old = sys.getrecursionlimit()
sys.setrecursionlimit(120)
try:
    depth(200)
except RecursionError as e:
    print("limit 120:", e)
print(depth(50))
sys.setrecursionlimit(old)


class R:
    def rec(self, n):
        return self.rec(n + 1)


try:
    R().rec(0)
except RecursionError as e:
    print("method:", e)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(15))


def outer():
    k = 10

    def inner(x):
        return x + k

    return [inner(i) for i in range(3)]


print(outer())


# Fewer positional arguments than parameters: the defaults fill the rest.
def dflt(a, b=2, c=[]):
    c.append(a)
    return (a, b, len(c))


print(dflt(1), dflt(1, 5), dflt(1, 5, []), dflt(1))
dflt.__defaults__ = ([7],)
try:
    dflt(1)
except TypeError as e:
    print("TypeError:", e)
print(dflt(1, 2))
dflt.__defaults__ = None
try:
    dflt(1, 2)
except TypeError as e:
    print("TypeError:", e)
dflt.__defaults__ = (8, [0])
print(dflt(3), dflt(3))


def need_two(a, b, c=3):
    return a + b + c


for args in ((), (1,)):
    try:
        need_two(*args) if args else need_two()
        need_two(1)
    except TypeError as e:
        print("TypeError:", e)


class D:
    def m(self, x, y=10):
        return x + y

    def n(self, y=4):
        return y


d = D()
print(d.m(1), d.m(1, 2), d.n(), D.m(d, 5), D.n(d))
try:
    d.m()
except TypeError as e:
    print("TypeError:", e)
D.m.__defaults__ = ()
try:
    d.m(1)
except TypeError as e:
    print("TypeError:", e)
adders = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in adders])


def gen_d(a, b=3):
    yield a + b


print(list(gen_d(1)), list(gen_d(1, 1)))


def kwo(a, b=1, *, c=2):
    return a + b + c


print(kwo(1), kwo(1, 1))
dflt.__code__ = need_two.__code__
try:
    print(dflt(1))
except TypeError as e:
    print("TypeError:", e)
dflt.__defaults__ = (4,)
print(dflt(1, 2), dflt(1, 2, 3))


# Keyword calls bound in place from the CallKw arm, and the ones that fall back.
def kwf(a, b=1, c=2):
    return (a, b, c)


def kwonly2(a, *, key=None, rev=False):
    return (a, key, rev)


def posonly(a, b=2, /, c=3):
    return (a, b, c)


def kwgen(a, b=1):
    yield a + b


def varkw(a, **kw):
    return (a, sorted(kw.items()))


print(kwf(1, c=5), kwf(a=1), kwf(1, b=3, c=4), kwf(c=1, b=2, a=3))
print(kwonly2(1, key=2), kwonly2(1, rev=True), kwonly2(a=0, rev=1, key=2))
print(posonly(1, c=9), list(kwgen(1, b=5)), list(kwgen(a=2)), varkw(1, z=1, y=2))
for call in (
    lambda: kwf(1, d=1),
    lambda: kwf(1, a=2),
    lambda: kwf(b=2),
    lambda: kwonly2(1, 2),
    lambda: kwonly2(key=1),
    lambda: posonly(a=1),
    lambda: posonly(1, b=2),
    lambda: kwgen(c=1),
):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
kwf.__code__ = kwonly2.__code__
kwf.__kwdefaults__ = {"key": "k", "rev": "r"}
print(kwf(1, key=2), kwf(1))


class K:
    def m(self, x, y=0, *, z=1):
        return x + y + z


print(K().m(1, z=5), K().m(x=1, y=2), K.m(K(), 1, y=1, z=1))
