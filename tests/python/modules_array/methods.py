"""array: list-like methods, bytes conversion, byteswap and their errors."""
from array import array

a = array('i', [1, 2, 3])
a.append(4)
a.extend([5, 6])
a.extend(array('i', [7]))
a.insert(0, 0)
a.insert(-100, -1)
a.insert(100, 99)
print(a, len(a), a.pop(), a.pop(0), a.pop(-2), a)
a.remove(3)
print(a, a.count(2), a.index(4), a.index(2, 1), a.tolist(), 5 in a, 50 in a)
a.reverse()
print(a, list(a), list(reversed(a)), a.typecode, a.itemsize)
a.fromlist([10, 20])
print(a, a.tobytes()[:8])
b = array('H', [1, 256, 4660])
b.byteswap()
print(b, b.tobytes())
c = array('d')
c.frombytes(array('d', [1.5, -2.25]).tobytes())
print(c, array('f', [0.1, 1e40, -0.0]), array('u', 'hé').tounicode(), array('u', 'ab').tobytes())
u = array('u', 'ab')
u.fromunicode('cd')
print(u, u[1], u[1:3], repr(array('u')))
for t in [lambda: a[50], lambda: a.__setitem__(50, 1), lambda: a.pop(70), lambda: array('i').pop(),
          lambda: a.remove(99), lambda: a.index(99), lambda: a.extend(array('d')), lambda: a.extend(5),
          lambda: a.frombytes(b'abc'), lambda: a.fromlist((1,)), lambda: a.fromlist([1, 'x']),
          lambda: a.tounicode(), lambda: a.fromunicode('x'), lambda: hash(a), lambda: a['x'],
          lambda: a.__delitem__(90), lambda: a.insert('x', 1), lambda: u.fromunicode(5),
          lambda: a.byteswap(1), lambda: a.count(), lambda: a.append(2 ** 40),
          lambda: a.append('1')]:
    try:
        print(t())
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__, str(e).replace('array.array', 'array'))
print(a)
