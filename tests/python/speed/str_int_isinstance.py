"""str() of ints and strs, int reprs and isinstance with tuples keep CPython semantics."""

for i in (0, 7, -7, 10, -10, 99, 123456789, 2**63 - 1, -2**63, 2**64, -2**70):
    print(str(i), repr(i), len(str(i)), [i], (i,), {i: i})


class S(str):
    pass


class M(type):
    def __instancecheck__(cls, obj):
        return obj == 42


class Any(metaclass=M):
    pass


print(repr(str(S("x"))), type(str(S("x"))).__name__, type(S(5)).__name__, S(5), str("abc"), str(True), str(None), str(1.5))
print(str(b"ab", "ascii"), str(object="q"), str())
print(isinstance(1, (str, int)), isinstance("a", (list, tuple)), isinstance(True, (int,)), isinstance(S("q"), (int, str)))
print(isinstance(42, (str, Any)), isinstance(41, (str, Any)), isinstance(3, ()), isinstance(3, (float, (int, str))))
try:
    isinstance(3, (int, 5))
except TypeError as e:
    print(e)
try:
    isinstance(3, (str, 5))
except TypeError as e:
    print(e)
