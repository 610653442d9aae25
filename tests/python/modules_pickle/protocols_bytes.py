"""pickle.dumps of common values under protocols 0 to 5, byte for byte as CPython's C pickler
(Python 2 names below protocol 3, copyreg._reconstructor for protocols 0 and 1)."""
import pickle, collections, datetime, decimal, fractions
class P:
    def __init__(self):
        self.a = 1; self.b = [1, 2]
class S:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = 1; self.y = 'q'
Pt = collections.namedtuple('Pt', 'x y')
vals = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31, 2**63, -2**100, 3.14, -0.0, 1e300, float('inf'),
        '', 'abc', 'é€𝄞', 'a' * 300, b'', b'xyz', b'\x00' * 300, bytearray(b'ab'), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
        [], [1, 'a', None], {}, {'a': 1, 2: [3]}, set(), {1, 2, 3}, frozenset({4}), 1j, [[]] * 3,
        P(), S(), Pt(1, 2), collections.OrderedDict(a=1), collections.Counter('aab'), collections.deque([1, 2]),
        range(5), slice(1, 2), datetime.date(2020, 1, 2), datetime.time(1, 2, 3, 4567), datetime.datetime(2021, 5, 6, 7, 8, 9, 10), datetime.timedelta(3, 4, 5), datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc), fractions.Fraction(1, 3), int, len, P]
shared = [1, 2]
vals.append([shared, shared])
for proto in range(0, 6):
    for v in vals:
        try:
            out = pickle.dumps(v, protocol=proto)
        except Exception as e:
            print(proto, type(v).__name__, 'ERR', type(e).__name__, e)
            continue
        print(proto, type(v).__name__, out)
