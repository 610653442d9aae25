"""Property reads whose getter runs as a frame of the calling loop, and bound methods read as
values through the attribute cache: setters and deleters, overrides in subclasses, errors
in getters (with and without `__getattr__`), classes changed after the cache filled."""


class P:
    def __init__(self, x):
        self._x = x

    @property
    def x(self):
        return self._x * 2

    @x.setter
    def x(self, v):
        self._x = v

    @x.deleter
    def x(self):
        del self._x

    @property
    def bad(self):
        raise AttributeError("no bad")

    @property
    def boom(self):
        return 1 / 0

    def m(self, k):
        return self._x + k


class Q(P):
    @property
    def x(self):
        return "Q" + str(self._x)


class WithGetattr(P):
    def __getattr__(self, name):
        return "fallback " + name


def reads(objs):
    out = []
    for o in objs:
        out.append(o.x)
    return out


for rep in range(3):
    p, q = P(rep), Q(rep)
    print(reads([p, q, p]))
    p.x = 10
    print(p.x, p._x)
    del p.x
    try:
        p.x
    except AttributeError as err:
        print("AttributeError:", err)
    try:
        p.bad
    except AttributeError as err:
        print("AttributeError:", err)
    try:
        p.boom
    except ZeroDivisionError as err:
        print("ZeroDivisionError:", err)
    w = WithGetattr(rep)
    print(w.x, w.bad, w.nothing)
    f = q.m
    g = P(rep).m
    print(f(1), g(2), f.__self__ is q, f.__func__ is P.m)

# The property replaced, removed and shadowed after the cache filled.
p = P(5)
for rep in range(3):
    print(p.x)
P.x = property(lambda self: "replaced")
print(p.x)
del P.x
p.__dict__["x"] = "instance value"
print(p.x)
P.x = property(lambda self: "back")
print(p.x)

# Bound methods: shadowed by the instance, the class changed, methods that are not functions.
class M:
    def m(self):
        return "M.m"

    @staticmethod
    def s():
        return "static"

    @classmethod
    def c(cls):
        return "class " + cls.__name__

    n = len


o = M()
for rep in range(3):
    f = o.m
    print(f(), o.s(), o.s is M.s, o.c(), o.n("abc"))
    if rep == 0:
        o.m = lambda: "instance m"
    if rep == 1:
        del o.m
        M.m = lambda self: "new M.m"

# A getter that is not a plain function.
class Callable:
    def __call__(self, obj):
        return "called with " + type(obj).__name__


class NP:
    x = property(Callable())
    y = property(len)

    def __len__(self):
        return 7


for rep in range(2):
    print(NP().x, NP().y)


# A getter with the wrong signature, and one that is a generator.
class Odd:
    @property
    def g(self):
        yield 1

    wrong = property(lambda: 1)


for rep in range(2):
    print(list(Odd().g))
    try:
        Odd().wrong
    except TypeError as err:
        print("TypeError:", err)


# Recursion through a property.
class Deep:
    def __init__(self, n):
        self.n = n

    @property
    def depth(self):
        if self.n == 0:
            return 0
        return Deep(self.n - 1).depth + 1


print(Deep(50).depth)
try:
    Deep(100000).depth
except RecursionError:
    print("RecursionError")
