"""deque indexing and method calls through the quick paths: negative and out-of-range
indexes, bool and __index__ keys, subclasses overriding __getitem__ and methods, attributes
set on a subclass instance shadowing methods."""
from collections import deque

d = deque([10, 20, 30])
print(d[0], d[-1], d[2], d[-3], d[True], d[False])
for k in (3, -4, 2 ** 70, "a", 1.0, None):
    try:
        print(d[k])
    except Exception as e:
        print(type(e).__name__, e)


class I:
    def __index__(self):
        return 1


print(d[I()])
empty = deque()
try:
    empty[0]
except IndexError as e:
    print("IndexError", e)
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, d.pop(), d.popleft(), len(d), d[0], d[-1])
try:
    empty.pop()
except IndexError as e:
    print("IndexError", e)


class D(deque):
    def __getitem__(self, i):
        return ("sub", super().__getitem__(i))

    def append(self, x):
        super().append(x * 2)


s = D([1, 2, 3])
s.append(5)
print(s[0], s[-1], s, len(s))
s.popleft = lambda: "shadowed"
print(s.popleft(), s)


class E(deque):
    pass


e = E([4, 5])
e.append(6)
print(e[-1], e.popleft(), e)
m = deque([1, 2, 3], maxlen=2)
m.append(9)
print(m, m[0], m[-1])
# the method cache sees a rebound method on the class of a later receiver
calls = [deque([1]), D([1]), deque([2])]
for q in calls:
    q.append(7)
    print(q[-1], type(q).__name__)
