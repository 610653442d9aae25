# gc.collect() returns how many unreachable objects a collection found, as CPython counts them
import gc

gc.collect()
print("nothing:", gc.collect())


class Node:
    pass


a = Node()
b = Node()
a.other = b
b.other = a
del a, b
print("two instances:", gc.collect())

n = Node()
n.me = n
del n
print("self loop:", gc.collect())

l = []
l.append(l)
del l
print("list self:", gc.collect())

d = {}
d["d"] = d
del d
print("dict self:", gc.collect())

x = {"k": 1}
x["again"] = x
del x
print("dict filled later:", gc.collect())

l = [1, 2]
t = (l,)
l.append(t)
del l, t
print("list and tuple:", gc.collect())


def outer():
    def g():
        return g
    return g


g = outer()
del g
print("closure:", gc.collect())

b = Node()
b.d = {"x": b}
del b
print("instance and dict:", gc.collect())

ring = [Node() for _ in range(10)]
for i, r in enumerate(ring):
    r.next = ring[(i + 1) % 10]
del ring, r
print("ring of ten:", gc.collect())

keep = Node()
keep.me = keep
print("still referenced:", gc.collect())
del keep
print("then dropped:", gc.collect())
print("again:", gc.collect())
