# collections: deque, defaultdict, OrderedDict, Counter, namedtuple (misuse included), ChainMap.
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap
d = deque([1, 2, 3], maxlen=5); d.append(4); d.appendleft(0); d.append(9); print(d, d.pop(), d.popleft(), d); d.rotate(1); print(d, d[0], len(d), d.maxlen)
d.extend([7, 8]); d.extendleft([5]); print(d, d.count(7), d.index(7)); d.remove(7); print(d, list(reversed(d)))
try: deque().pop()
except IndexError as e: print(e)
try: deque([1]).remove(5)
except ValueError as e: print(e)
dd = defaultdict(list); dd["a"].append(1); dd["b"]; print(dd, dict(dd), dd.default_factory)
dc = defaultdict(int); 
for c in "mississippi": dc[c] += 1
print(sorted(dc.items()))
try: defaultdict(None)["x"]
except KeyError as e: print(repr(e))
od = OrderedDict(a=1, b=2, c=3); od.move_to_end("a"); print(od, od.popitem(), od.popitem(last=False), list(od.keys()))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
c = Counter("abracadabra"); print(c, c.most_common(2), c["z"], c["a"], sorted(c.elements())[:5], c.total())
c2 = Counter(a=1, b=5); print(c + c2, c - c2, c & c2, c | c2); c.update("zz"); c.subtract({"a": 10}); print(c)
P = namedtuple("Point", "x y"); p = P(1, y=2); print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._fields, P._make([3, 4]), p == (1, 2))
Q = namedtuple("Q", ["a", "b"], defaults=[0]); print(Q(1), Q.__doc__)
try: P(1)
except TypeError as e: print(e)
try: P(1, 2, 3)
except TypeError as e: print(e)
try: namedtuple("X", "a a")
except ValueError as e: print(e)
try: namedtuple("X", "def")
except ValueError as e: print(e)
try: p.x = 5
except AttributeError as e: print(e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4}), cm.parents)
cm["z"] = 9; print(cm.maps)
