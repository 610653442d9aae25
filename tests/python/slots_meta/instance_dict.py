# instance __dict__ is live: writes through it are attributes, vars() returns the same dict
class C:
    def __init__(self):
        self.a = 1

c = C()
d = c.__dict__
d["b"] = 2
print(c.b, vars(c) is c.__dict__, c.__dict__ is d)
c.c = 3
print(d)
del d["a"]
print(hasattr(c, "a"), sorted(vars(c)))
vars(c).update(x=10, y=20)
print(c.x + c.y)
vars(c).clear()
print(vars(c))
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
o = object()
print(hasattr(o, "__dict__"))
class WithGetattr:
    def __getattr__(self, name):
        return "fallback " + name
w = WithGetattr()
w.__dict__["real"] = "stored"
print(w.real, w.other)
