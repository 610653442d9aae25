# gc.collect() counts for cycles through various containers
import gc


class N:
    pass


gc.collect()

n = N()
s = {n}
n.s = s
del n, s
print("set and instance:", gc.collect())

n = N()
n.t = (n, 1, "x")
del n
print("tuple back to owner:", gc.collect())


def f(x=[]):
    pass


f.__defaults__[0].append(f)
del f
print("function defaults:", gc.collect())

a, b, c = [], [], []
a.append(b)
b.append(c)
c.append(a)
del a, b, c
print("three lists:", gc.collect())

d1 = {}
d2 = {"d1": d1}
d1["d2"] = d2
del d1, d2
print("two dicts:", gc.collect())

nodes = [N() for _ in range(5)]
for i in range(4):
    nodes[i].next = nodes[i + 1]
nodes[4].next = nodes[0]
del nodes, i
print("chain into a ring:", gc.collect())
print("nothing left:", gc.collect())
