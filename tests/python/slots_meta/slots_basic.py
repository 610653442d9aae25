# __slots__: restricted attributes, member descriptors, inheritance, __dict__ in slots
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
print(p, p.x, p.y)
p.x = 10
print(p)
del p.y
print(hasattr(p, "y"), hasattr(p, "x"))
p.y = 5
print(p)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
print(Point.__slots__, repr(Point.x))

class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
q = Point3(1, 2, 3)
print(q.x, q.y, q.z)
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)

class Loose(Point):
    pass
l = Loose(1, 2)
l.anything = "ok"
print(l.anything, vars(l))

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__)

class Single:
    __slots__ = "only"
s = Single()
s.only = "yes"
print(s.only, Single.__slots__)

class Empty:
    __slots__ = ()
try:
    Empty().x = 1
except AttributeError as e:
    print("AttributeError:", e)

# slots with class-level defaults through properties
class Temp:
    __slots__ = ("_c",)
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        self._c = v
t = Temp()
t.c = 37
print(t.c, t._c)
