# ** unpacking of mappings that are not dicts (keys() and __getitem__), and of non-mappings.
class M:
    def __init__(self, **kw):
        self._d = kw

    def keys(self):
        return list(self._d)

    def __getitem__(self, k):
        return self._d[k] * 10


def f(**kw):
    return sorted(kw.items())


m = M(a=1, b=2)
print({**m}, {**m, 'a': 0}, f(**m))
import types
p = types.MappingProxyType({'x': 1})
print({**p}, f(**p))
from collections import UserDict, ChainMap
print(f(**UserDict(u=5)), {**ChainMap({'a': 1}, {'b': 2})})
for bad in [1, [1, 2], "ab", None]:
    try:
        {**bad}
    except TypeError as e:
        print("TypeError:", e)
    try:
        f(**bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    f(**M(a=1), a=2)
except TypeError as e:
    print("TypeError:", e)


class BadKeys:
    def keys(self):
        return [1]

    def __getitem__(self, k):
        return k


print({**BadKeys()})
try:
    f(**BadKeys())
except TypeError as e:
    print("TypeError:", e)


class Raising:
    def keys(self):
        raise ValueError("no keys")


try:
    {**Raising()}
except ValueError as e:
    print("ValueError:", e)
