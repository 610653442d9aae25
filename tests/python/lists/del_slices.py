"""del l[a:b:c] for random slices (positive and negative steps, out-of-range bounds), a
__del__ that looks at the list while it shrinks, and long lists (deleting must stay linear)."""
import random
random.seed(5)
for trial in range(800):
    n = random.randrange(0, 12)
    l = list(range(n))
    a = random.choice([None] + list(range(-14, 14)))
    b = random.choice([None] + list(range(-14, 14)))
    c = random.choice([None, 1, 2, 3, -1, -2, -3, 5, -5])
    m = l[:]
    del m[a:b:c]
    print(a, b, c, m)
class D:
    def __init__(s, l): s.l = l
    def __del__(s): print('del sees', len(s.l))
l = []
l.extend([D(l), 1, D(l), 2])
del l[::2]
print(l)
l = list(range(200000)); del l[:100000]; del l[::3]; print(len(l), l[:5])
try:
    del l[::0]
except ValueError as e:
    print(e)
