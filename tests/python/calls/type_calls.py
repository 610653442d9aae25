# Class calls from the eval loop (eval.rs type_call_at): type(x), builtin value types with
# up to three arguments, subclasses, metaclasses, and rebinding of the names.
import builtins


class C:
    pass


class L(list):
    pass


class M(type):
    def __call__(cls, *a):
        return ("M.__call__", cls.__name__, a)


class WithM(metaclass=M):
    pass


class New:
    def __new__(cls, *a):
        return ("New.__new__", a)


for v in (1, True, 1.5, "s", b"b", None, [1], (1,), {1: 2}, {1}, C(), L(), C, type, len, ..., 2**100):
    print(type(v).__name__, type(v) is v.__class__)

print(str(5), str("x"), str(), str(b"ab", "ascii"), str(b"ab", "ascii", "strict"))
print(int(), int("12"), int("ff", 16), int(2.7), float(), float("1.5"), bool(), bool(3))
print(list(), list((1, 2)), tuple([1]), dict(), set(), frozenset([1]), bytes(2), bytearray(b"x"))
print(L([1, 2]), type(L()), WithM(1, 2), New(1, 2, 3), New())
print(type("T", (), {"a": 1}).a, type("U", (C,), {})().__class__.__mro__[1].__name__)


def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


err(lambda: type())
err(lambda: type(1, 2))
err(lambda: int("x"))
err(lambda: int(1, 2, 3, 4))
err(lambda: str(1, 2, 3, 4))
err(lambda: list(1))
err(lambda: C(1))
err(lambda: type("T", 1, {}))


def shadow():
    type = lambda x: "local type"
    str = lambda x: "local str"
    return type(1), str(2)


print(shadow())
orig_type, orig_str = builtins.type, builtins.str
builtins.type = lambda x: "builtins type"
builtins.str = lambda *a: "builtins str"
print(type(1), str(2))
builtins.type, builtins.str = orig_type, orig_str
print(type(1), str(2))
