"""array: construction from lists, bytes, str and arrays; item range and type errors."""
from array import array
import array as array_mod

print(array_mod.typecodes, array_mod.ArrayType is array, array.__module__)
for tc in 'bBhHiIlLqQ':
    for v in (2 ** 70, -2 ** 70, 2 ** 40, -2 ** 40, 2 ** 20, -2 ** 20, 300, -300, -1, 7, 1.5, 'x', None):
        try:
            print(tc, v, array(tc, [v]))
        except (OverflowError, TypeError) as e:
            print(tc, v, type(e).__name__, e)
for tc in 'fdu':
    for v in (2 ** 2000, 1e300, 'x', 'ab', 1, None, 0.1):
        try:
            print(tc, v if not isinstance(v, int) or v < 1000 else 'big', array(tc, [v]))
        except (OverflowError, TypeError) as e:
            print(tc, type(e).__name__, e)


class Idx:
    def __index__(self):
        return 42


print(array('i', [Idx()]), array('d', [Idx(), 2, 2.5]), array('B', range(5)), array('h', (x * x for x in range(4))))
tests = [
    lambda: array('z'), lambda: array(1), lambda: array('ii'), lambda: array('i', 'abc'),
    lambda: array('u', [1]), lambda: array('i', array('u', 'a')), lambda: array('i', array('d', [1.5])),
    lambda: array('d', array('i', [1])), lambda: array('i', b'abcd'), lambda: array('i', b'abc'),
    lambda: array('i', 5), lambda: array(), lambda: array('i', [1], 2), lambda: array('u', 'hello'),
    lambda: array('b', b'\x01\xff'), lambda: array('H', bytearray(b'\x01\x02\x03\x04')),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
