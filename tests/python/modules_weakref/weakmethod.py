# weakref.WeakMethod: a weak reference to a bound method
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n


c = C(7)
wm = weakref.WeakMethod(c.get)
print(wm()(), wm().__self__ is c, wm().__func__ is C.get, isinstance(wm, weakref.ref))
print(wm == weakref.WeakMethod(c.get))
dead = []
wm2 = weakref.WeakMethod(c.get, dead.append)
del c
print(wm(), len(dead), dead[0] is wm2 if dead else None)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError")
