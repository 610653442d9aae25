# tuple subclasses: __new__ with arguments, properties over items, hashing, unpacking
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"P(x={self.x}, y={self.y})"
    def __add__(self, other):
        return P(self.x + other.x, self.y + other.y)

p = P(1, 2)
q = P(10, 20)
print(p, repr(p), p + q, type(p + q).__name__, p.x, p.y, len(p), p[0], p[-1], p[:1], type(p[:1]).__name__)
print(p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), {p: "pt"}[(1, 2)], p in [(1, 2)], tuple(p), type(tuple(p)).__name__)
a, b = p
print(a, b, *p, list(p), sorted(P(3, 1)), p * 2, type(p * 2).__name__, p.index(2), p.count(1))
print(str(p), f"{p}", "%s" % (p,), [p], isinstance(p, tuple), p < P(1, 3), max(P(4, 9)))

class T(tuple):
    pass
t = T([1, 2, 3])
print(t, repr(t), T(), T("ab"), type(T()).__name__, t + (4,), type(t + (4,)).__name__, t.__class__.__name__)
t2 = T(x for x in range(3))
print(t2, len(t2), bool(T()), bool(t2), hash(T((1,))) == hash((1,)))
t.extra = 1
print(t.__dict__)

class Slotted(tuple):
    __slots__ = ()
s = Slotted((1, 2))
try:
    s.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(s, hasattr(s, "__dict__"))

class Rec(tuple):
    def __getitem__(self, i):
        if isinstance(i, str):
            return tuple.__getitem__(self, "ab".index(i))
        return tuple.__getitem__(self, i)
r = Rec((5, 6))
print(r["a"], r["b"], r[0], r)
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
try:
    T(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p[5]
except IndexError as e:
    print("IndexError:", e)
try:
    p[0] = 1
except TypeError as e:
    print("TypeError:", e)
