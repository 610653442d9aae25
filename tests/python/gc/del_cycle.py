# PEP 442: objects with __del__ in a cycle are finalized once by the collector, then freed
import gc

log = []


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


a = A("a")
b = A("b")
a.other = b
b.other = a
del a, b
print("before collect", log)
print("collected", gc.collect())
print("after collect", sorted(log))

log.clear()
s = A("self")
s.me = s
del s
print(gc.collect(), log)
print(gc.collect(), log)

saved = []


class Phoenix:
    def __del__(self):
        print("phoenix finalized")
        saved.append(self)


p = Phoenix()
p.me = p
del p
print("collect", gc.collect())
print("resurrected:", len(saved), type(saved[0]).__name__)
print(gc.is_finalized(saved[0]))
saved.clear()
print("second collect", gc.collect())
print("no second finalizer call")


class Once:
    def __del__(self):
        print("once")
        global back
        back = self


o = Once()
del o
print("resurrected by refcount:", type(back).__name__)
back = None
print("finalizer did not run again")
