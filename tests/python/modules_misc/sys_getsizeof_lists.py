"""sys.getsizeof of lists: a list grown by append reports CPython's over-allocation steps, a
list made from a sized iterable its preallocated size, and a bare object() its header."""
import sys

grown = []
sizes = []
for i in range(40):
    grown.append(i)
    sizes.append(sys.getsizeof(grown))
print(sizes)
print(sys.getsizeof([x for x in range(100)]), sys.getsizeof(list(range(10))),
      sys.getsizeof(list(range(3))), sys.getsizeof([1, 2, 3]), sys.getsizeof([]),
      sys.getsizeof(list('abcdef')))
print(sys.getsizeof(object()), sys.getsizeof(int), sys.getsizeof(type))
