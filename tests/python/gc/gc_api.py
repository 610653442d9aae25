# The gc module's switches and queries
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold())
c = gc.get_count()
print(type(c).__name__, len(c), all(isinstance(x, int) for x in c))
print(gc.garbage, type(gc.callbacks).__name__)

print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(1.5), gc.is_tracked(None))
print(gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))


class C:
    pass


print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_tracked(len), gc.is_tracked(lambda: 0))
print(gc.collect(0), gc.collect(1), gc.collect(2), gc.collect(generation=2))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError:", e)

events = []


def cb(phase, info):
    events.append((phase, sorted(info)))


gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(events)

gc.disable()
x = C()
x.me = x
del x
print("collect works while disabled:", gc.collect())
gc.enable()
print(gc.isenabled())
