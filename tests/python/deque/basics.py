"""collections.deque: construction, both ends, maxlen, indexing, and the errors of each."""
from collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen)
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend(range(5, 8))
d.extendleft("ab")
print(d)
d.extend(d)
print(d)
d.extendleft(iter([9, 8]))
print(d)
d.clear()
print(d, len(d))
for maker in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
              lambda: deque([1])[-2], lambda: deque([1])["a"], lambda: deque([1])[0:1],
              lambda: deque(maxlen=-1), lambda: deque(maxlen="a"), lambda: deque(1),
              lambda: deque([], 1, 2), lambda: deque(foo=1), lambda: deque().append(),
              lambda: deque().append(1, 2), lambda: deque().pop(1), lambda: deque([1]).index(7),
              lambda: deque([1]).remove(7), lambda: deque([1], maxlen=1).insert(0, 2),
              lambda: deque().rotate(1, 2), lambda: deque().rotate("x"),
              lambda: deque().index(), lambda: deque([1]).index(1, "a"),
              lambda: deque().insert(1), lambda: deque().insert("a", 1),
              lambda: deque([1]) + [1], lambda: deque([1]) * "a", lambda: deque.append(1, 2),
              lambda: deque().clear(1), lambda: deque().extend(5)):
    try:
        print("ok", maker())
    except Exception as e:
        print(type(e).__name__, e)

# maxlen: the other end drops
d = deque(range(10), maxlen=3)
print(d, d.maxlen)
d.append(10)
d.appendleft(-1)
print(d)
d.extend([20, 21])
print(d)
d.extendleft([30, 31, 32, 33])
print(d)
z = deque([1, 2], maxlen=0)
z.append(1)
z.extend(range(100))
print(z, len(z))
print(deque(maxlen=None), deque(maxlen=True), deque("abc", 2))
print(deque(iterable=[1, 2], maxlen=5))

# index, count, insert, remove, rotate, reverse
d = deque("abcabcab")
print(d.count("a"), d.count("z"), d.index("c"), d.index("c", 3), d.index("a", -3), d.index("b", 2, -1))
for args in (("c", 6), ("a", 1, 2), ("a", 100)):
    try:
        print(d.index(*args))
    except ValueError as e:
        print("ValueError", e)
d.insert(0, "X"); d.insert(-1, "Y"); d.insert(100, "Z"); d.insert(-100, "W"); d.insert(3, "M")
print(d)
d.remove("a"); d.remove("Z")
print(d)
for n in (1, -1, 3, -10, 0, 100):
    e = deque(range(5))
    e.rotate(n)
    print(n, list(e))
e = deque(range(5)); e.rotate(); print(e)
e.reverse(); print(e)
e[0] = "first"; e[-1] = "last"; print(e)
del e[1]; del e[-2]; print(e)
try:
    del e[10]
except IndexError as x:
    print("IndexError", x)
try:
    e[10] = 1
except IndexError as x:
    print("IndexError", x)
print(3 in e, "first" in e, e.copy(), e.copy() is e)
