# Try to break the type attribute cache and the inline caches: every way a class namespace
# can change must be seen by the next lookup through instances, subclasses and methods.
class A:
    x = 1
    def m(self):
        return "A.m"
class B(A):
    pass
class C(B):
    pass
c = C()
def read(o):
    return o.x, o.m()
for _ in range(3):
    print(read(c))
setattr(A, "x", 2)
print(read(c))
B.x = 3
print(read(c))
del B.x
print(read(c))
type.__setattr__(A, "x", 4)
print(read(c))
A.m = lambda self: "lambda"
print(read(c))
del A.m
try:
    read(c)
except AttributeError as e:
    print(e)
A.m = lambda self: "back"
class Meta(type):
    def __setattr__(cls, name, value):
        super().__setattr__(name, value * 10 if isinstance(value, int) else value)
    def __delattr__(cls, name):
        print("meta del", name)
        super().__delattr__(name)
class M(metaclass=Meta):
    y = 1
class N(M):
    pass
n = N()
for v in (2, 3):
    print(n.y)
    M.y = v
print(n.y)
del M.y
print(hasattr(n, "y"))
try:
    vars(A)["x"] = 9
except TypeError as e:
    print(e)
print(read(c))
try:
    A.__dict__["x"] = 9
except TypeError as e:
    print(e)
object.__setattr__ if False else None
try:
    object.__setattr__(A, "x", 5)
except TypeError as e:
    print(e)
print(read(c))
# A method cached at one call site, then shadowed on a subclass and on the instance.
def call(o):
    return o.m()
print(call(c), call(c))
C.m = lambda self: "C.m"
print(call(c))
c.m = lambda: "inst"
print(call(c))
del c.m
del C.m
print(call(c))
# Descriptors added later over cached plain attributes.
class D:
    v = 1
d = D()
print(d.v, d.v)
D.v = property(lambda self: "prop")
print(d.v)
d.__dict__["v"] = "shadow"
print(d.v)
del D.v
print(d.v)
# __getattr__ and __getattribute__ added to a base after caching.
class E(A):
    pass
e = E()
print(read(e))
A.__getattribute__ = lambda self, n: "ga:" + n if n == "x" else object.__getattribute__(self, n)
print(read(e))
del A.__getattribute__
print(read(e))
print(e.__class__.__name__, getattr(e, "missing", "default"))
A.__getattr__ = lambda self, n: "fallback:" + n
print(e.missing)
del A.__getattr__
print(getattr(e, "missing", "default"))
# Class attributes read through the class and through type().
for i in range(3):
    A.x = i
    print(C.x, type(c).x, c.x)
