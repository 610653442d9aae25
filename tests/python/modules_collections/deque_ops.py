# collections.deque: both ends, maxlen, rotate, indexing, errors.
from collections import deque
d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d), d[0], d[-1], d[3])
print(d.pop(), d.popleft(), d)
d.rotate(3); print(d)
d.rotate(-5); print(d)
d.extend('ab'); d.extendleft('xy'); print(d)
print(d.count(0), d.index('a'), 'x' in d, 'q' in d)
d.remove('a'); d.reverse(); print(d)
d[1] = 'Z'; del d[0]; print(d)
b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10); b.appendleft(-1); print(b)
print(deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]), deque('ab') + deque('c'))
print(list(reversed(deque('abc'))), deque('ab') * 2, bool(deque()), deque([], maxlen=0))
c = d.copy(); c.clear(); print(c, len(d) > 0)
d.insert(1, 'ins'); print(d)
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(2), lambda: deque([1], maxlen=-1),
            lambda: deque([1], maxlen=1).insert(0, 2)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
q = deque()
for i in range(1000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
print(total)
