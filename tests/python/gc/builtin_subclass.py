# __del__, weak references and cycle collection for instances of builtin-type subclasses
import gc, weakref
class L(list):
    def __del__(self):
        print("del L", list(self))
l = L([1, 2])
del l
m = L([3])
m.append(m)
del m
print(gc.collect())
class D(dict):
    pass
d = D(a=1)
r = weakref.ref(d, lambda r: print("dict sub gone"))
del d
print("end")
