# Weak reference callbacks: when they run, with what, in which order
import weakref


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def cb(tag):
    def callback(r):
        print("callback", tag, r() is None, type(r).__name__)
    return callback


a = A("a")
r1 = weakref.ref(a, cb(1))
r2 = weakref.ref(a, cb(2))
r3 = weakref.ref(a, cb(3))
print("deleting")
del a
print("deleted")

b = A("b")
rb = weakref.ref(b, cb("dropped ref"))
del rb
del b
print("callback of a dead weakref did not run")


def scope():
    c = A("c")
    keep.append(weakref.ref(c, cb("scope")))
    print("leaving scope")


keep = []
scope()
print("after scope", keep[0]())

d = A("d")
d.r = weakref.ref(d, cb("self"))
x = [d]
x.pop()
del d
print("self-referencing weakref")


class Plain:
    pass


seen = []
p = Plain()
wr = weakref.ref(p, seen.append)
del p
print(len(seen), seen[0] is wr)


def bad_cb(r):
    raise RuntimeError("in callback")


import io
import sys
err = io.StringIO()
old, sys.stderr = sys.stderr, err
q = Plain()
wq = weakref.ref(q, bad_cb)
del q
sys.stderr = old
lines = err.getvalue().splitlines()
print(lines[0].split(" at ")[0], lines[-1])
