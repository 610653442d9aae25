# collections.Counter: counting, most_common, arithmetic, comparisons, elements.
from collections import Counter
c = Counter('mississippi')
print(c)
print(c.most_common(), c.most_common(2), c.most_common(0))
print(c['s'], c['z'], len(c), c.total())
d = Counter(a=3, b=1, z=2)
print(c + d)
print(c - d)
print(d - c)
print(c | d)
print(c & d)
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2))
e = Counter(['x', 'y', 'x'])
e.update(['x', 'q']); e.update({'y': 5}); print(e)
e.subtract('xxx'); print(e)
print(sorted(e.elements()), list(Counter(a=2, b=0).elements()))
f = Counter(a=1); f += Counter(a=2, b=-1); print(f)
f -= Counter(a=10); print(f)
print(Counter(), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
del e['nope']; del e['x']; print(e)
words = 'one two three two three three'.split()
for word, n in Counter(words).most_common():
    print(word, n)
try:
    Counter.fromkeys('abc')
except NotImplementedError as err:
    print('NotImplementedError', err)
