"""collections.deque: comparisons, arithmetic, iteration, repr, copying and subclassing."""
import copy
from collections import deque

a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == deque([1, 2, 3]), a == [1, 2, 3])
print(deque() < deque([0]), deque([1]) == deque([1], maxlen=5))
print(a.__lt__([1]), a.__eq__(None))
print(a + b, a * 2, 2 * a, a * 0, a * -1)
m = deque([1, 2, 3], maxlen=4)
print(m + b, m * 3)
c = deque([1])
c += [2, 3]
c += c
print(c)
c *= 2
print(c)
c *= 0
print(c)
print(list(reversed(deque("abc"))), list(iter(deque("xyz"))), sorted(deque([3, 1, 2])))
print(sum(deque(range(10))), max(deque([4, 9, 2])), list(enumerate(deque("ab"))))

d = deque(range(3))
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
it = iter(d)
next(it)
d.pop()
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
print(list(it))

r = deque()
r.append(r)
r.append(1)
print(r)
l = [deque([1])]
l[0].append(l)
print(l)
print(repr(deque([1, "a", None], maxlen=7)), str(deque()))

class D(deque):
    pass

class E(deque):
    def __init__(self, *a, tag="t"):
        super().__init__(*a)
        self.tag = tag
    def append(self, x):
        super().append(x * 10)

dd = D([1, 2], 3)
print(dd, type(dd).__name__, isinstance(dd, deque), dd.maxlen, len(dd))
dd.extra = 5
print(dd.extra, type(dd.copy()).__name__, dd.copy(), type(dd + deque([9])).__name__)
e = E([1, 2], tag="q")
e.append(3)
print(e, e.tag, e == deque([1, 2, 30]), e[2])
print(copy.copy(deque([1, [2]], 5)), copy.deepcopy(deque([1, [2]])))
x = deque([[1]])
y = copy.deepcopy(x)
y[0].append(2)
print(x, y)
try:
    hash(deque())
except TypeError:
    print("unhashable")
print(deque.__name__, deque.__module__, deque)
cnt = deque([1, 1.0, True, 2])
print(cnt.count(1), 1 in cnt, cnt.index(2))
