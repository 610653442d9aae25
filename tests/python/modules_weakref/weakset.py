# WeakSet: members disappear when they die
import weakref


class M:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "M(%d)" % self.n


s = weakref.WeakSet()
a, b, c = M(1), M(2), M(3)
s.add(a)
s.add(b)
s.add(b)
print(len(s), a in s, c in s, 1 in s)
s.update([c])
print(sorted(m.n for m in s))
del b
print(len(s), sorted(m.n for m in s))
s.discard(c)
print(len(s))
s.remove(a)
print(len(s))
try:
    s.remove(a)
except KeyError:
    print("KeyError")
t = weakref.WeakSet([a, c])
u = weakref.WeakSet([c])
print(len(t | u), len(t & u), len(t - u), u <= t, t >= u, t.isdisjoint(u))
print(t == weakref.WeakSet([c, a]))
print(t.pop() in (a, c), len(t))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    s.add(1)
except TypeError as e:
    print("TypeError:", e)
