# vars(C) / C.__dict__ of classes: the __dict__/__weakref__ descriptors a class introduces and __doc__.
import abc


class C:
    """doc"""
    x = 1

    def m(self):
        pass


class D(C):
    pass


class S:
    __slots__ = ("a",)


class SD:
    __slots__ = ("a", "__dict__")


class SW:
    __slots__ = ("__weakref__",)


class E(Exception):
    pass


class L(list):
    pass


class I(int):
    pass


class M(type):
    pass


class Q(S):
    pass


class A(abc.ABC):
    pass


for cls in (C, D, S, SD, SW, E, L, I, M, Q):
    print(cls.__name__, list(vars(cls)), list(cls.__dict__.keys()) == list(vars(cls)))
print(repr(vars(C)["__dict__"]), repr(vars(C)["__weakref__"]), vars(D)["__doc__"], C.__doc__, D.__doc__)
print(C().__dict__, vars(C()))
c = C()
c.y = 2
print(c.__dict__, vars(c), "__dict__" in dir(C), "x" in vars(C), vars(C)["x"])
print("__module__" in vars(A), "__doc__" in vars(A))
