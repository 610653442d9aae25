# Calling a builtin class with up to three positional arguments calls its native __new__
# directly (the class in front): results, errors and the classes that are treated apart.
t = (1, 2, 3)
print(list(reversed(t)), list(t), tuple([4, 5]), list(enumerate(t, 1)))
print(int("12"), int("ff", 16), float("1.5"), bool(0), bool([1]), complex(1, 2))
print(list(zip(t, t)), list(zip(t, t, t)), list(map(abs, [-1, 2])), list(filter(None, [0, 1])))
print(range(3), range(1, 10, 3), slice(1, 2), slice(1, 2, 3), dict(), dict([(1, 2)]))
print(set(t) == {1, 2, 3}, frozenset([1]), bytes(3), bytearray(b"ab"), list())
print(str(5), str("s"), str(b"x", "ascii"), str(1.5), type(3), type("A", (), {}).__name__)
print(object().__class__.__name__, type(None)(), type(...)(), type(NotImplemented)())


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: reversed())
show(lambda: reversed(1, 2))
show(lambda: reversed(5))
show(lambda: list(1))
show(lambda: list(1, 2))
show(lambda: int("x"))
show(lambda: int(1, 2, 3, 4))
show(lambda: int("1", 1))
show(lambda: float([]))
show(lambda: tuple(None))
show(lambda: enumerate())
show(lambda: enumerate(t, "a"))
show(lambda: range())
show(lambda: range(1, 2, 0))
show(lambda: dict(1))
show(lambda: slice())
show(lambda: type(None)(1))
show(lambda: object(1))
show(lambda: bytes("x"))
show(lambda: zip(1))
show(lambda: map(abs))
show(lambda: super())


# Subclasses of builtin classes go their own way.
class L(list):
    pass


class I(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


class R:
    def __reversed__(self):
        return iter("cba")


print(L(t), type(L(t)).__name__, I(4), type(I(4)).__name__, list(reversed(R())))
# Exceptions are classes of their own.
print(repr(ValueError("x")), repr(KeyError(1, 2)), repr(Exception()))
# A builtin class reached through a name other than its own.
mk = reversed
print(list(mk([1, 2])), [list(reversed(x)) for x in ([1], (2, 3), "ab", range(2))])
print(list(reversed({1: 2, 3: 4})), list(reversed({1: 2}.items())))
