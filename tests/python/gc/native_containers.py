# Cycles through containers made by the list() and dict() constructors are collected too
import gc

gc.collect()
l = list()
l.append(l)
del l
print("list():", gc.collect())

d = dict(a=1)
d["self"] = d
del d
print("dict():", gc.collect())

x = list(range(3))
y = dict.fromkeys("ab")
x.append(y)
y["x"] = x
del x, y
print("list() and dict.fromkeys:", gc.collect())
