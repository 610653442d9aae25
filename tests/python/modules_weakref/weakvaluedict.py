# WeakValueDictionary: entries disappear with their values
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


d = weakref.WeakValueDictionary()
a, b, c = Obj("a"), Obj("b"), Obj("c")
d["a"] = a
d["b"] = b
d[3] = c
print(len(d), sorted(map(str, d.keys())), d["a"], d.get("b"), d.get("zz", "default"))
print("a" in d, "zz" in d)
del b
print(len(d), "b" in d, d.get("b"))
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)
print(sorted((str(k), v.name) for k, v in d.items()))
print(sorted(v.name for v in d.values()))
c2 = d.copy()
print(type(c2).__name__, len(c2))
del a
print(len(d), len(c2), list(d.keys()))
print(d.pop(3), len(d))
print(d.pop("missing", None))
x = Obj("x")
print(d.setdefault("x", x) is x, d.setdefault("x", Obj("y")) is x)
d.update({"y": x}, z=x)
print(sorted(d.keys()))
del d["y"]
print(sorted(d.keys()))
d.clear()
print(len(d))


def make():
    cache = weakref.WeakValueDictionary()
    for i in range(5):
        o = Obj(i)
        cache[i] = o
    return cache


cache = make()
print(len(cache), list(cache.items()))
