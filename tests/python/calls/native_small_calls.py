"""Builtin functions and bound builtin methods called with zero to four arguments from the
eval loop: results, errors, callbacks into Python, and receivers that only the call holds."""
import math


def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)


print(len([1, 2]), abs(-3), max(1, 2), max(1, 2, 3), max(1, 2, 3, 4), min(4, 3, 2, 1))
print(divmod(7, 2), pow(2, 10, 1000), round(2.567, 2), math.sqrt(16.0), math.hypot(3, 4))
print([].append(1), [5, 6].pop(), list(range(3)).pop(0), "a-b-c".split("-", 1))
print("abcabc".replace("a", "x", 1), "abc".find("c", 0, 3), "  x ".strip())
print("a".join(["1", "2"]), {1: 2}.get(1), {1: 2}.get(3), {1: 2}.get(3, 0))
l = []
ap = l.append
for i in range(4):
    ap(i)
print(l, l.pop(), l.index(1), l.count(0), l.insert(0, 9), l)
print(sorted([3, 1, 2], key=lambda v: -v), list(map(lambda a, b: a * b, [1, 2], [3, 4])))


class L(list):
    def append(self, v):
        super().append(v * 10)


sub = L()
sub.append(1)
list.append(sub, 2)
print(sub, type(sub).__name__)
print(type(object.__new__(type("E", (), {}))).__name__, int.__new__(int, 5), str.__new__(str, "s"), tuple.__new__(tuple))
print(int("12"), str(3), float("1.5"), int("ff", 16), bool(), tuple())
show(len)
show(len, 1)
show(len, 1, 2)
show([].pop)
show([1].pop, 5)
show({}.get)
show({}.get, 1, 2, 3)
show("x".replace, "a")
show(max)
show(math.sqrt, -1)
show(int, "z")
show(divmod, 1, 0)
show(sorted, [1, "a"])
show(abs, "s")


def key(v):
    raise KeyError(v)


show(lambda: sorted([1, 2], key=key))
show(isinstance, 1, int)
show(getattr, 1, "real")
show(getattr, 1, "nope", None)
show(getattr, 1, "nope")
show(setattr, 1, "x", 2)
