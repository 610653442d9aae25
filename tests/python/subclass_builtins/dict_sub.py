# dict subclasses: __missing__, __init__, overridden __setitem__/__getitem__, views, repr
class D(dict):
    def __missing__(self, key):
        return f"<{key}>"

d = D(a=1, b=2)
print(d, repr(d), type(d).__name__, d["a"], d["zz"], d.get("zz"), "zz" in d, len(d))
print(list(d), list(d.keys()), list(d.values()), list(d.items()), dict(d), type(dict(d)).__name__)
print(d == {"a": 1, "b": 2}, isinstance(d, dict), {**d, "c": 3}, d | {"c": 3}, type(d | {"c": 3}).__name__)
d.update(c=3)
d.setdefault("e", 5)
print(d.pop("a"), d, sorted(d), d.copy(), type(d.copy()).__name__)

class Counting(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counting()
for w in "a b a c a b".split():
    c[w] += 1
print(c, sorted(c.items(), key=lambda kv: -kv[1]))

class Lower(dict):
    def __init__(self, *args, **kw):
        super().__init__()
        self.update(*args, **kw)
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return super().__contains__(k.lower())

lo = Lower()
lo["ABC"] = 1
lo["Def"] = 2
print(lo, lo["abc"], lo["DEF"], "ABC" in lo, "x" in lo)

class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
a = Attr(x=1)
a.y = 2
print(a, a.x, a.y, hasattr(a, "z"))

class WithRepr(dict):
    def __repr__(self):
        return f"WithRepr({dict.__repr__(self)})"
print(WithRepr(k=[1]), [WithRepr()])
print(D.fromkeys("ab", 0), type(D.fromkeys("ab")).__name__)
try:
    dict.__getitem__(D(), "q")
except KeyError as e:
    print("KeyError:", e)
try:
    D(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(D())
except TypeError as e:
    print("TypeError:", e)
d2 = D()
d2.attr = 1
print(d2.__dict__, d2)
