# pickle: protocol 4/5 bytes identical to CPython's for builtin types, classes, reductions, memo and framing; loads of protocols 0-5; errors.
import pickle, io, collections
from dataclasses import dataclass
class P:
    def __init__(self, x): self.x = x; self.items = [x, "s"]
    def __eq__(self, o): return type(o) is P and o.__dict__ == self.__dict__
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
@dataclass
class D:
    name: str
    tags: list
class L(list): pass
class Dct(dict): pass
Point = collections.namedtuple("Point", "x y")
shared = [1, 2]
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**64, -2**100, 10**300,
          0.0, 1.5, -2.25, float("inf"), 1e300, "", "a", "héllo", "x" * 300, "€" * 100, b"", b"abc", b"\x00" * 300,
          (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2, 3], {}, {"a": 1}, {"a": 1, "b": [2, 3]}, set(), {1, 2, 3}, frozenset(), frozenset({5}),
          [shared, shared], {"k": shared, "j": (shared,)}, list(range(2500)), {i: str(i) for i in range(1200)}, set(range(1100)),
          1+2j, bytearray(b"xy"), P(3), S(), R(5), D("n", ["t"]), L([1, 2]), Dct(a=1), Point(1, 2), collections.OrderedDict(a=1), collections.Counter("abca"),
          collections.defaultdict(list, {"a": [1]}), collections.deque([1, 2]), int, len, P, type(None), Ellipsis, NotImplemented]
for v in values:
    for proto in (4, 5, 3, 2):
        try:
            data = pickle.dumps(v, proto)
            back = pickle.loads(data)
        except Exception as e:
            print(proto, type(e).__name__, e); continue
        if proto in (4, 5):
            print(proto, data if len(data) < 120 else (len(data), data[:40], data[-20:]))
        ok = back == v if not isinstance(v, (S, R)) else (type(back) is type(v))
        if not ok: print("MISMATCH", proto, repr(v)[:50], repr(back)[:50])
s = S(); b = pickle.loads(pickle.dumps(s)); print(b.a, hasattr(b, "b"))
r = pickle.loads(pickle.dumps(R(5))); print(r.v)
x = [1]; y = pickle.loads(pickle.dumps([x, x])); print(y[0] is y[1])
rec = []; rec.append(rec); z = pickle.loads(pickle.dumps(rec)); print(z[0] is z)
f = io.BytesIO(); pickle.dump({"a": 1}, f); pickle.dump([2], f); f.seek(0); print(pickle.load(f), pickle.load(f))
try: pickle.load(f)
except EOFError as e: print("EOFError", e)
def local():
    def inner(): pass
    return inner
for bad in [lambda: pickle.dumps(lambda: 0), lambda: pickle.dumps(local()), lambda: pickle.loads(b"garbage"), lambda: pickle.loads(b""),
            lambda: pickle.loads(pickle.dumps([1, 2, 3])[:-3]), lambda: pickle.loads("str"), lambda: pickle.dumps(1, 6), lambda: pickle.loads(b"\x80\x09."),
            lambda: pickle.dumps((x for x in [])), lambda: pickle.loads(b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01K.")]:
    try: print(bad())
    except Exception as e: print(type(e).__module__, type(e).__name__, str(e).split(" at 0x")[0])
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, issubclass(pickle.PicklingError, pickle.PickleError))
print(pickle.loads(b"(lp0\nI1\naI2\na(dp1\nVk\np2\nF1.5\nsa."), pickle.loads(b"\x80\x02]q\x00(K\x01X\x01\x00\x00\x00aq\x01e."))
