"""A class whose __init__ is not a function: a callable object (called without the instance
unless it has __get__), a staticmethod, a classmethod, functools.partial, and None."""
import functools


class Init:
    def __call__(self, *a, **kw):
        print('Init called with', len(a), a, kw)


class C:
    __init__ = Init()


c = C(1, 2, k=3)
print(type(c).__name__)


class Bound:
    def __get__(self, obj, owner):
        print('__get__ with', type(obj).__name__, owner.__name__)
        return lambda *a: print('bound call', type(obj).__name__, a)


class D:
    __init__ = Bound()


D(4)


class S:
    __init__ = staticmethod(lambda *a: print('static', a))


S(5, 6)


class K:
    @classmethod
    def __init__(cls, *a):
        print('classmethod', cls.__name__, a)


K(7)


def init_fn(tag, self, x):
    print('partial', tag, type(self).__name__, x)


class P:
    __init__ = functools.partial(init_fn, 'T')


try:
    P(8)
except TypeError as e:
    print('TypeError:', e)


class Returns:
    __init__ = staticmethod(lambda *a: 42)


try:
    Returns()
except TypeError as e:
    print('TypeError:', e)


class NoneInit:
    __init__ = None


try:
    NoneInit()
except TypeError as e:
    print('TypeError:', e)


class Raises:
    def __call__(self, *a):
        raise ValueError('from callable init')


class R:
    __init__ = Raises()


try:
    R()
except ValueError as e:
    print('ValueError:', e)
