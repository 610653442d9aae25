# Builtin classes called directly (their native __new__ without the subclass tests), and
# reversed() of builtin sequences without a __reversed__ lookup.
for seq in ((1, 2, 3), [1, 2, 3], "abc", b"abc", bytearray(b"xy"), range(5), range(0, 10, 3),
            {"a": 1, "b": 2}, (), [], "", range(0)):
    r = reversed(seq)
    print(type(r).__name__, list(r))


class L(list):
    def __reversed__(self):
        return iter(["custom"])


class T(tuple):
    pass


class S(str):
    def __reversed__(self):
        return iter("zz")


print(list(reversed(L([1, 2]))), list(reversed(T((1, 2)))), list(reversed(S("ab"))))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


print(list(reversed(Seq())))
for bad in (5, {1, 2}, iter([1]), None):
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError:", e)
for args in ((), (1, 2)):
    try:
        reversed(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    reversed(seq=[1])
except TypeError as e:
    print("TypeError:", e)


class R(reversed):
    pass


class E(enumerate):
    def extra(self):
        return "extra"


r = R([1, 2, 3])
print(type(r).__name__, list(r))
e = E("ab", 1)
print(type(e).__name__, list(e), e.extra())
print(list(enumerate("ab")), list(zip("ab", [1, 2])), list(map(abs, [-1, 2])))
print(list((1, 2)), tuple([3]), set(), dict(a=1), frozenset([1]), list(), tuple())
print(int("12"), float("1.5"), str(3), bool(0), complex(1, 2), bytes(2), bytearray(1))
for f, a in ((list, (1,)), (int, ("x",)), (tuple, (1, 2, 3)), (dict, (1,)), (enumerate, ())):
    try:
        f(*a)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class Lst(list):
    pass


x = Lst((1, 2))
print(type(x).__name__, x, object().__class__.__name__)
sentinel = object()
print(type(sentinel).__name__, sentinel is not object())
