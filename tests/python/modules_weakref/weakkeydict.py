# WeakKeyDictionary: entries disappear with their keys
import weakref


class Key:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Key(%d)" % self.n


d = weakref.WeakKeyDictionary()
k1, k2, k3 = Key(1), Key(2), Key(3)
d[k1] = "one"
d[k2] = "two"
d[k3] = "three"
print(len(d), d[k1], d.get(k2), k3 in d, Key(9) in d, 5 in d)
print(sorted(v for v in d.values()))
print(sorted(k.n for k in d.keys()))
del k2
print(len(d), sorted(k.n for k, v in d.items()))
print(d.pop(k3), len(d))
print(d.setdefault(k1, "other"), d.setdefault(Key(7), "seven") if False else "skip")
d.update({k1: "uno"})
print(d[k1])
try:
    d[Key(4)]
except KeyError:
    print("KeyError")
del d[k1]
print(len(d))
try:
    d[1] = 2
except TypeError as e:
    print("TypeError:", e)
c = weakref.WeakKeyDictionary({k1: 1, k3: 3})
print(len(c), type(c.copy()).__name__)
del k1, k3
print(len(c))
