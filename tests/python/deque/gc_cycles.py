"""collections.deque in reference cycles: the cycle collector sees the items a deque holds."""
import gc
import weakref
from collections import deque


class Node:
    pass


class D(deque):
    pass


gc.collect()
n = Node()
d = deque([n, 1, "x"])
n.d = d
r = weakref.ref(n)
del n, d
print(r() is None)
print(gc.collect() > 0, r() is None)

d = deque()
d.append(d)
rd = weakref.ref(d)
del d
print(gc.collect() > 0, rd() is None)

s = D([1])
s.me = s
s.append(s)
rs = weakref.ref(s)
del s
print(gc.collect() > 0, rs() is None)

# Cleared by the collector, a deque is empty to the finalizer that sees it.
class Fin:
    def __del__(self):
        print("finalized, deque len", len(self.q))

f = Fin()
f.q = deque([f, 2])
del f
gc.collect()
print("done")
