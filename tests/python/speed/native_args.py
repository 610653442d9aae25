"""Argument checks of native methods, dict(d) copies and instance creation keep CPython messages and semantics."""


def err(f):
    try:
        f()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2}
del d["a"]
e = dict(d); e["c"] = 3
print(d, e, dict({}), dict(d, z=1))
class D(dict):
    def keys(self):
        return ["x"]
    def __getitem__(self, k):
        return 42
print(dict(D(a=1)))
f = {}
f.update(d); print(f, f is not d)
err(lambda: [].append())
err(lambda: [].append(1, 2))
err(lambda: "a".strip(1))
err(lambda: "a".upper(1))
err(lambda: {}.get())
err(lambda: str.upper(1))
err(lambda: str.upper())
err(lambda: len())
err(lambda: len([], x=1))
class P:
    def __init__(self, x):
        self.x = x
class Q:
    pass
class R:
    def __new__(cls, *a):
        return 5
print(P(3).x, type(Q()).__name__, R(1))
err(lambda: Q(1))
class BadInit:
    def __init__(self):
        return 1
err(lambda: BadInit())
