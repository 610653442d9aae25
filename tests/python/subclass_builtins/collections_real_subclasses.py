# collections types are real subclasses: Counter/defaultdict/OrderedDict are dicts, namedtuples are tuples
from collections import Counter, defaultdict, OrderedDict, namedtuple
import json

c = Counter("abracadabra")
print(c, isinstance(c, dict), type(c).__mro__[1:], len(c), c["a"], c["zz"], "zz" in c, dict(c) == {"a": 5, "b": 2, "r": 2, "c": 1, "d": 1})
print(c.most_common(2), sorted(c), list(c.keys())[:3], c.total(), sorted(c.elements())[:4], json.dumps(c, sort_keys=True))
c2 = c + Counter(a=1, z=3)
print(c2, c - Counter(a=10), c & Counter(a=2, b=9), c | Counter(d=7), +Counter(x=-1, y=2), -Counter(x=-1))
c.update(["a", "z"])
c.subtract(z=5)
print(c, c == Counter(c), Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1), Counter() == Counter(x=0))
del c["nope"]
c["new"] += 2
print(c["new"], c.get("missing"), c.pop("new"), c.setdefault("k", 9), sorted(c.items())[:2])
print(Counter({"x": 2}), Counter(), repr(Counter(b=1, a=1)), str(Counter(q=3)))

d = defaultdict(list)
d["a"].append(1)
d["b"].extend([2, 3])
print(d, isinstance(d, dict), d["a"], dict(d), len(d), "c" in d, d.get("c"), d.default_factory)
dd = defaultdict(int, {"x": 1}, y=2)
dd["z"] += 5
print(dd, dd.copy(), type(dd.copy()).__name__, dd | {"q": 0}, {"w": 1} | dd, sorted(dd.items()))
print(defaultdict(), repr(defaultdict(None, a=1)), json.dumps(dd, sort_keys=True))
try:
    defaultdict()["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)

o = OrderedDict(b=1, a=2)
o["c"] = 3
o.move_to_end("b")
print(o, isinstance(o, dict), list(o), o.keys(), o.values(), o.items(), list(reversed(o)))
o.move_to_end("c", last=False)
print(o, o.popitem(), o.popitem(last=False), o, OrderedDict(), OrderedDict.fromkeys("xy", 0))
p, q = OrderedDict(a=1, b=2), OrderedDict(b=2, a=1)
print(p == q, p == dict(q), dict(q) == p, p != q, p | {"z": 9}, type(p.copy()).__name__, json.dumps(p))

Point = namedtuple("Point", "x y")
pt = Point(1, y=2)
print(pt, isinstance(pt, tuple), pt == (1, 2), pt + (3,), pt[0], pt.x, len(pt), tuple(pt), hash(pt) == hash((1, 2)))
x, y = pt
print(x, y, pt._asdict(), pt._replace(x=9), Point._make([5, 6]), Point._fields, sorted([Point(2, 1), Point(1, 5)]))
print(json.dumps(pt), list(pt), pt.count(1), pt.index(2), max(pt), f"{pt}", "%s-%s" % pt, Point.__mro__)
try:
    pt.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
