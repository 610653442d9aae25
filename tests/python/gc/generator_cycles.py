# Generators in cycles: a suspended frame that refers back to its owner is collected
import gc
import weakref


class Reader:
    def __init__(self, items):
        self.items = items
        self.it = self._walk()

    def _walk(self):
        for x in self.items:
            yield x, self


r = Reader([1, 2, 3])
print(next(r.it)[0])
w = weakref.ref(r)
del r
print("alive before collect:", w() is not None)
gc.collect()
print("alive after collect:", w() is not None)


def selfish():
    me = yield
    yield me


g = selfish()
next(g)
g.send(g)
wg = weakref.ref(g)
del g
gc.collect()
print("generator holding itself:", wg())


class Fin:
    def __del__(self):
        print("Fin finalized")


def holder():
    f = Fin()
    f.gen = gen_ref[0]
    yield f


gen_ref = [None]
h = holder()
gen_ref[0] = h
next(h)
gen_ref.clear()
del h
print("collecting generator cycle")
gc.collect()
print("done")
