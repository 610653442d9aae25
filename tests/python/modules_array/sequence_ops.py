"""array: indexing, slicing, slice assignment, concatenation, repetition, comparison, copy."""
import copy
from array import array

a = array('l', range(10))
print(a[0], a[-1], a[2:5], a[::-2], a[5:2], a[100:])
a[0] = 100
a[-1] = -100
a[1:3] = array('l', [7, 7, 7])
print(a)
a[::2] = array('l', [0] * len(a[::2]))
print(a)
del a[0]
del a[::3]
del a[1:2]
print(a, len(a))
b = array('l', [1, 2])
print(b + b, b * 3, 3 * b, b * 0, b * -1)
b += array('l', [3])
b *= 2
print(b)
print(array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1, 2]) < array('i', [1, 3]),
      array('i', [1, 2]) <= array('i', [1, 2]), array('i', [2]) > array('i', [1, 9]),
      array('i') == array('i'), array('b', [1]) != array('b', [1]), array('i', [1]) == [1])
c = copy.copy(b)
d = copy.deepcopy(b)
c[0] = 99
print(b, c, d, c is not b)
for t in [lambda: b + [1], lambda: b.__iadd__([1]), lambda: b * 'x',
          lambda: b.__setitem__(slice(0, 1), [1]), lambda: b.__setitem__(slice(0, 1), array('d', [1])),
          lambda: b.__setitem__(slice(0, 6, 2), array('l', [1])), lambda: b + array('d')]:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
total = array('d')
for i in range(1, 6):
    total.append(1 / i)
print(total, sum(total), max(total), sorted(total)[:2])
