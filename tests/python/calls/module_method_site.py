# `o.f(x)` at one site that sees modules and other objects in turn (the module hit pushes
# no self), and natives calling Python functions (map, filter, sorted, min/max keys).
import types
import math


class Obj:
    def f(self, x):
        return ("obj", x)


class Holder:
    pass


m = types.ModuleType("m")
m.f = lambda x: ("m", x)
ms = Holder()
ms.f = lambda x: ("holder", x)


def site(o, x):
    return o.f(x)


for o in (m, Obj(), m, ms, Obj(), ms, m, math):
    try:
        print(site(o, 4))
    except Exception as e:
        print(type(e).__name__ + ":", e)

m.f = len
print(site(m, "abc"))
m.f = Obj().f
print(site(m, 2))
m.f = Obj
print(type(site.__code__).__name__, type(m.f()).__name__)
del m.f
try:
    site(m, 1)
except AttributeError as e:
    print("AttributeError:", e)
m.__getattr__ = lambda name: (lambda x: ("getattr", name, x))
print(site(m, 3))
m.f = lambda *a, **k: (a, sorted(k.items()))
print(m.f(1, 2, z=3), m.f())

# Natives calling Python functions.
def key(x):
    return -x


def gen_key(x):
    yield x


def bad(x):
    raise ValueError("bad %r" % (x,))


print(list(map(key, [1, 2])), list(filter(lambda v: v > 1, [1, 2, 3])), sorted([3, 1, 2], key=key))
print(min([3, 1, 2], key=key), max("abc", key=ord), type(list(map(gen_key, [1]))[0]).__name__)
for f in (lambda: list(map(bad, [1])), lambda: sorted([1, 2], key=bad), lambda: list(map(key, [1], [2])),
          lambda: sorted([1], key=lambda: 0), lambda: list(filter(bad, [5]))):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


def defaults(a, b=10, *rest, k=1, **kw):
    return a + b + k + len(rest) + len(kw)


print(list(map(defaults, [1, 2])), list(map(defaults, [1], [2], [3])))
print(sorted([(1, "b"), (0, "a")], key=lambda t: t[1]), list(map(str.upper, ["a"])))
