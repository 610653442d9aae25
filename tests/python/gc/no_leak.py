# Reference cycles made in a loop are reclaimed: automatically, and by gc.collect()
import gc
import weakref


class Node:
    def __init__(self, i):
        self.i = i
        self.peer = None


probes = []
for i in range(100000):
    a = Node(i)
    b = Node(-i)
    a.peer = b
    b.peer = a
    if i % 10000 == 0:
        probes.append(weakref.ref(a))
del a, b
gc.collect()
print("probes alive after collect:", sum(p() is not None for p in probes))

gc.disable()
refs = []
for i in range(1000):
    n = Node(i)
    n.peer = n
    refs.append(weakref.ref(n))
del n
print("alive while disabled:", sum(r() is not None for r in refs))
print("collected:", gc.collect())
print("alive after:", sum(r() is not None for r in refs))
gc.enable()


def make_closure_cycles(k):
    for _ in range(k):
        def f():
            return f
    return "done"


print(make_closure_cycles(20000))
lists = []
for i in range(50000):
    l = [i]
    l.append(l)
print("lists made")
gc.collect()
print(gc.collect())
