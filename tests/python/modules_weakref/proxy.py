# weakref.proxy: forwards to the live object, ReferenceError once it is gone
import weakref


class Box:
    def __init__(self, v):
        self.v = v
        self.items = [1, 2, 3]

    def double(self):
        return self.v * 2

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __iter__(self):
        return iter(self.items)

    def __str__(self):
        return "Box(%s)" % self.v


b = Box(21)
p = weakref.proxy(b)
print(p.v, p.double(), len(p), p[1], list(p), str(p), 2 in p)
p.v = 5
print(b.v, p.v)
p.extra = "x"
print(b.extra)
del p.extra
print(hasattr(b, "extra"))
print(type(p) is weakref.ProxyType, weakref.getweakrefcount(b))
try:
    hash(p)
except TypeError as e:
    print("TypeError")


def func(x):
    return x + 1


cp = weakref.proxy(func)
print(cp(1), type(cp) is weakref.CallableProxyType, weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))

calls = []
c = Box(1)
pc = weakref.proxy(c, lambda r: calls.append("cb"))
del c
print(calls)
for action in (lambda: pc.v, lambda: len(pc), lambda: str(pc)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)
