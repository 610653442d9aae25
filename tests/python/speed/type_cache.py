"""The per-type attribute cache sees every change to a class or its bases."""


class Base:
    kind = "base"

    def hello(self):
        return "base hello"


class Child(Base):
    pass


c = Child()
for _ in range(3):
    print(c.kind, c.hello())

# Changing the base after lookups were cached.
Base.kind = "changed"
Base.hello = lambda self: "new hello"
print(c.kind, c.hello())

# Shadowing in the subclass, then removing the shadow.
Child.kind = "child"
print(c.kind)
del Child.kind
print(c.kind)

# An instance attribute shadows a class attribute and a method.
c.kind = "instance"
c.hello = lambda: "instance hello"
print(c.kind, c.hello())
del c.hello
print(c.hello())


# A property added later takes over reads and writes of an instance attribute.
class P:
    def __init__(self):
        self.x = 1


p = P()
print(p.x)
P.x = property(lambda self: 42, lambda self, v: print("set", v))
print(p.x)
p.x = 5
print(p.x, p.__dict__)
del P.x
print(p.x)


# __slots__ reads and writes, unset slots, and a slot shadowed by a later class attribute.
class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = S()
for _ in range(2):
    s.a += 1
print(s.a)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)


# __getattribute__ / __setattr__ / __getattr__ added to a base after caching.
class G:
    pass


class H(G):
    def __init__(self):
        self.v = 1


h = H()
print(h.v)
G.__getattribute__ = lambda self, name: "intercepted " + name
print(h.v, h.anything)
del G.__getattribute__
print(h.v)
G.__getattr__ = lambda self, name: "missing " + name
print(h.nope, h.v)
G.__setattr__ = lambda self, name, value: print("setattr", name, value)
h.v = 99
print(h.v)


# A class attribute that is a non-data descriptor (classmethod, staticmethod, user __get__).
class D:
    def __get__(self, obj, owner):
        return "got via descriptor"


class K:
    d = D()
    cm = classmethod(lambda cls: cls.__name__)
    sm = staticmethod(lambda: "static")


k = K()
for _ in range(2):
    print(k.d, k.cm(), k.sm())
k.__dict__["d"] = "own"
print(k.d)

# Many names on one class (more than the cache holds) keep resolving correctly.
class Wide:
    pass


for i in range(200):
    setattr(Wide, "a%d" % i, i)
w = Wide()
print(sum(getattr(w, "a%d" % i) for i in range(200)))
Wide.a7 = -7
print(w.a7, w.a8)
