# C.__base__ is CPython's "best base": the base whose instance layout the class extends
# (a builtin payload, slots, a builtin exception with fields), not simply bases[0].


class B:
    pass


class S:
    __slots__ = ("a",)


class D(B):
    __slots__ = ()


class W:
    __slots__ = ("__dict__", "__weakref__")


cases = {
    "(B, int)": (B, int),
    "(int, B)": (int, B),
    "(B,)": (B,),
    "(B, dict)": (B, dict),
    "(B, S)": (B, S),
    "(S, B)": (S, B),
    "(D, S)": (D, S),
    "(W, S)": (W, S),
    "(Exception, B)": (Exception, B),
    "(B, ValueError)": (B, ValueError),
    "(B, OSError)": (B, OSError),
    "(ValueError, KeyError)": (ValueError, KeyError),
    "(KeyError, OSError)": (KeyError, OSError),
    "(B, FileNotFoundError)": (B, FileNotFoundError),
    "(B, StopIteration)": (B, StopIteration),
    "(Warning, SyntaxError)": (Warning, SyntaxError),
    "(B, list)": (B, list),
    "(B, bool.__base__)": (B, bool.__base__),
}
for text, bases in cases.items():
    C = type("C", bases, {})
    print(text, "->", C.__base__.__name__, [b.__name__ for b in C.__bases__])


class Deep(B, int):
    pass


class Deeper(B, Deep):
    pass


print(Deep.__base__, Deeper.__base__)
print(object.__base__, int.__base__, bool.__base__, type.__base__, KeyError.__base__)
print(FileNotFoundError.__base__, UnicodeDecodeError.__base__)
try:
    type("X", (int, str), {})
except TypeError as e:
    print("TypeError:", e)
