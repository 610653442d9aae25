# Instance attribute reads, stores and `obj.n op= const` through warm inline caches,
# then the instance, its dict or its class changed under them.


class P:
    def __init__(self, n=0):
        self.a = 1
        self.n = n

    def bump(self, k):
        for _ in range(k):
            self.n += 1
        return self.n


def bump(obj, k):
    for _ in range(k):
        obj.n += 1
    return obj.n


def ops(obj):
    obj.n += 3
    obj.n -= 1
    obj.n *= 5
    obj.n //= 2
    obj.n %= 7
    obj.n >>= 1
    obj.n |= 8
    obj.n ^= 3
    obj.n &= 14
    return obj.n


def read(obj, k):
    t = 0
    for _ in range(k):
        t += obj.n
    return t


p = P()
print(p.bump(300), bump(p, 300), ops(p), read(p, 50))

# Overflow out of the small-int range, floats, mixed, strs.
p.n = 2**62
print(bump(p, 3), type(p.n).__name__)
p.n = 1.5
print(bump(p, 3), ops(P(-7)))
p.n = "s"
try:
    bump(p, 1)
except TypeError as e:
    print("TypeError", e)
p.n = 10
p2 = P(0.25)
print(p2.bump(4), p.bump(2))
print(bump(p, 2), bump(p2, 2))


class IntSub(int):
    def __add__(self, o):
        return IntSub(int(self) + o + 100)


p.n = IntSub(1)
print(bump(p, 2), type(p.n).__name__)

# Deleted attribute, then a miss.
p.n = 5
print(bump(p, 10))
del p.n
try:
    bump(p, 1)
except AttributeError as e:
    print("AttributeError", e)
p.n = 0
print(bump(p, 2))

# The dict mutated behind the cache: reordered keys, equal but non-identical keys.
q = P(1)
for _ in range(3):
    print(bump(q, 5), read(q, 3))
del q.a
q.a = 2
print(bump(q, 5), list(vars(q)))
d = q.__dict__
del d["n"]
d["".join(["n"])] = 40
print(bump(q, 2), read(q, 2), list(d))
d.clear()
try:
    read(q, 1)
except AttributeError as e:
    print("AttributeError", e)
d["n"] = 7
print(bump(q, 1))
q.__dict__ = {"zz": 0, "n": 100}
print(bump(q, 2), q.__dict__)


class S(str):
    pass


r = P(0)
bump(r, 5)
del r.__dict__["n"]
r.__dict__[S("n")] = 50
print(bump(r, 2), read(r, 1), [type(k).__name__ for k in r.__dict__])

# Two layouts at one site.
xs = [P(1), P(2)]
xs[1].__dict__ = {"n": 20, "a": 0}
for _ in range(3):
    for x in xs:
        bump(x, 2)
print([x.n for x in xs], [read(x, 2) for x in xs])

# The class changes after the sites are warm.
w = P(0)
bump(w, 10)
read(w, 10)
P.n = property(lambda self: 1000, lambda self, v: print("set", v))
print(bump(w, 1), read(w, 2), w.__dict__["n"])
del P.n
print(bump(w, 1), read(w, 1))


def setattr_hook(self, k, v):
    print("setattr", k, v)
    object.__setattr__(self, k, v)


P.__setattr__ = setattr_hook
print(bump(w, 2))
del P.__setattr__
P.__getattribute__ = lambda self, k: 500 if k == "n" else object.__getattribute__(self, k)
print(bump(w, 1), read(w, 2), w.__dict__["n"])
del P.__getattribute__
print(bump(w, 1), read(w, 1))


class D:
    def __get__(self, obj, cls):
        return -1

    def __set__(self, obj, v):
        print("D.__set__", v)


bump(w, 5)
P.n = D()
print(bump(w, 1), read(w, 1))
del P.n
print(bump(w, 1))


# __slots__ values and instances whose class is reassigned.
class Sl:
    __slots__ = ("n", "m")

    def __init__(self):
        self.n = 0


s = Sl()
print(bump(s, 5), read(s, 2), ops(s))
del s.n
try:
    bump(s, 1)
except AttributeError as e:
    print("AttributeError", e)


class P2:
    def __init__(self):
        self.n = 0
        self.a = 1


class P3(P):
    n = property(lambda self: 77)


c = P(0)
bump(c, 5)
read(c, 5)
c.__class__ = P2
print(bump(c, 3), read(c, 1), type(c).__name__)
c.__class__ = P3
try:
    bump(c, 1)
except AttributeError as e:
    print("AttributeError", e)
print(read(c, 1), c.__dict__)
c.__class__ = P
print(bump(c, 1))


# A temporary owner dropped by the read itself: __del__ runs before the value is used.
class Tmp:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print("del", self.v)


def tmp_reads():
    for i in range(3):
        print("got", Tmp(i).v)
    box = [Tmp(9)]
    print(box.pop().v)
    t = Tmp(5)
    t.v = t
    t2 = Tmp(6)
    print(t2.v, t.v.v is t)
    t.v = 0
    del t
    del t2


tmp_reads()
print([Tmp(i).v for i in range(2)])


# A value replaced by a store whose old value's __del__ reads the same attribute.
class Old:
    def __init__(self, owner):
        self.owner = owner

    def __del__(self):
        print("old del sees", type(self.owner.x).__name__)


o = P(0)
for i in range(3):
    o.x = Old(o)
    o.x = i
print(o.x)


# Fresh dicts filled at remembered positions while the class's size hint grows.
class Many:
    def __init__(self, k):
        self.a = 1
        self.b = 2
        self.c = 3
        if k:
            self.d = 4
            self.e = 5
            self.f = 6
            self.g = 7
            self.h = 8
            self.i = 9
        if k > 1:
            self.j = 10
        self.z = k


for k in [0, 1, 2, 1, 0, 2, 2, 0, 1]:
    m = Many(k)
    print(k, list(m.__dict__.items()))
