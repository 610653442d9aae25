"""sys.getsizeof: CPython 3.11's 64-bit sizes for the builtin types, growth of containers,
__sizeof__ on classes, the default argument and the errors."""
import sys


class A:
    pass


class B:
    def __sizeof__(self):
        return 100


class S:
    __slots__ = ('a', 'b')


class N:
    def __sizeof__(self):
        return -1


class T:
    def __sizeof__(self):
        return 'x'


def f():
    pass


vals = [0, 1, -1, 2 ** 30, 2 ** 60, 2 ** 100, 10 ** 1000, True, False, 1.5, 1j, None, '', 'a',
        'abc', 'é', 'Ā', '😀', 'a' * 100, b'', b'abc', bytearray(), (), (1,), (1, 2, 3), [],
        [1], list(range(10)), {}, {'a': 1}, range(5), A(), B(), S(), f, Ellipsis]
print([sys.getsizeof(v) for v in vals])
print([sys.getsizeof(set(range(n))) for n in (0, 4, 5, 8, 10, 19, 20, 50, 100, 1000)])
print([sys.getsizeof({str(i): i for i in range(n)}) for n in (0, 1, 5, 6, 10, 11, 21, 22, 100, 1000)])
print([sys.getsizeof({i: i for i in range(n)}) for n in (0, 1, 5, 6, 10, 11, 21, 22, 100, 1000)])
print(sys.getsizeof(1, 5), sys.getsizeof(T(), -1), sys.getsizeof([]) < sys.getsizeof([1]))
for v in (N(), T()):
    try:
        sys.getsizeof(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
