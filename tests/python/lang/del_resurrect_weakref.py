# A __del__ that resurrects its object: in CPython 3.11 weak references see the object
# during __del__ and stay valid after a resurrection; without one they are cleared after
# __del__ and their callbacks run then.
import weakref

keep = []


class A:
    def __init__(self, name, resurrect):
        self.name = name
        self.resurrect = resurrect

    def __del__(self):
        print("del", self.name, "ref alive:", r_of[self.name]() is self)
        if self.resurrect:
            keep.append(self)


def cb(ref):
    print("callback, ref is dead:", ref() is None)


r_of = {}
a = A("a", True)
r_of["a"] = weakref.ref(a, cb)
del a
print("after del a:", r_of["a"]() is keep[0], r_of["a"]().name)
print("weakref count:", weakref.getweakrefcount(keep[0]))

b = A("b", False)
r_of["b"] = weakref.ref(b, cb)
del b
print("after del b:", r_of["b"]())

# The resurrected object dies for good later: __del__ does not run again, the weak
# reference dies and its callback runs.
obj = keep.pop()
print("dropping the resurrected object")
del obj
print("after final drop:", r_of["a"]())

c = A("c", True)
proxy = weakref.proxy(c)
r_of["c"] = weakref.ref(c)
del c
print("proxy name:", proxy.name)
keep.clear()
try:
    proxy.name
except ReferenceError as e:
    print("ReferenceError:", e)
