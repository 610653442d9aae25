"""`isinstance` answered from the object's type (plain classes, tuples of them) next to the
cases the general protocol must still decide (`__instancecheck__`, `__class__` claims,
unions, nested tuples, bad arguments), and builtin methods called through one call site on
objects of different types and subclasses."""


class A:
    pass


class B(A):
    pass


class C:
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        print("  instancecheck", type(obj).__name__)
        return obj == 42


class Claims(metaclass=Meta):
    pass


class Liar:
    @property
    def __class__(self):
        return A


class IntSub(int):
    pass


class ListSub(list):
    pass


values = [0, 1, True, None, 2.5, 10**30, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2},
          {1}, frozenset(), A(), B(), C(), Liar(), IntSub(3), ListSub(), 42, len, A]
checks = [int, bool, float, str, bytes, bytearray, list, tuple, dict, set, frozenset,
          object, A, B, C, type, IntSub, ListSub, (int, str), (A, C), (list, tuple),
          (B,), (), (str, (int, (A,)))]
for rep in range(2):
    rows = []
    for v in values:
        rows.append("".join("1" if isinstance(v, c) else "0" for c in checks))
    print(rep, rows)

for rep in range(2):
    print(isinstance(42, Claims), isinstance(7, Claims), isinstance(Claims(), Claims))
    print(isinstance(42, (str, Claims)), isinstance("x", (str, Claims)))
    print(isinstance(Liar(), A), isinstance(Liar(), (C, A)), isinstance(Liar(), Liar))
    print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, type(None)))
    for bad in (5, (int, 5), "str"):
        try:
            isinstance(1, bad)
        except TypeError as err:
            print("TypeError:", err)
    try:
        isinstance(1)
    except TypeError as err:
        print("TypeError:", err)
    try:
        isinstance(1, int, x=1)
    except TypeError as err:
        print("TypeError:", err)


# `__class__` assigned after isinstance answered.
class P:
    pass


class Q:
    pass


p = P()
print(isinstance(p, P), isinstance(p, Q))
p.__class__ = Q
print(isinstance(p, P), isinstance(p, Q))


# One call site, objects of several types: list, str, dict, subclasses, instances.
class Appender:
    def __init__(self):
        self.got = []

    def append(self, x):
        self.got.append(("Appender", x))


class LoudList(list):
    def append(self, x):
        print("  LoudList.append", x)
        super().append(x)


targets = [[], LoudList(), Appender(), ListSub(), []]
for rep in range(2):
    for t in targets:
        t.append(rep)
print(targets[0], targets[1], targets[2].got, targets[3], targets[4])

objs = ["a-b", [3, 1, 2], {"k": 1}, (1, 2, 1), {2, 1}, b"x-y", bytearray(b"ab")]
for rep in range(2):
    out = []
    for o in objs:
        try:
            out.append(o.count("-") if isinstance(o, str) else o.copy())
        except AttributeError as err:
            out.append("AttributeError: %s" % err)
    print(out)
    for o in objs:
        try:
            print(type(o).__name__, o.index(o[0]) if not isinstance(o, (dict, set)) else o.pop())
        except (AttributeError, TypeError, KeyError) as err:
            print(type(err).__name__, err)

# A method replaced on a subclass, and an instance attribute named like a list method.
class Shadow(list):
    pass


s = Shadow()
for rep in range(3):
    s.append(rep)
    if rep == 1:
        Shadow.append = lambda self, x: list.append(self, -x)
print(s)


class HasPop:
    def __init__(self):
        self.pop = lambda: "instance pop"


h = HasPop()
for o in [[1, 2], h, [3]]:
    print(o.pop())

# Int and float objects use the same builtin-method path.
for n in [5, 10**25, 2.5, True]:
    print(type(n).__name__, n.__add__(1), n.conjugate(), n.real)
