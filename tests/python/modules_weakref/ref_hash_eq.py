# Equality and hashing of weak references follow their referents; dead ones fall back to identity
import weakref


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


a = K(1)
b = K(1)
c = K(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra != rb, ra == rc, ra != rc)
print(hash(ra) == hash(a), hash(rb) == hash(1))
print(ra == a, ra == 1)
d = {ra: "a"}
print(d[rb], rb in d, rc in d)

h = hash(rc)
del c
print(rc(), hash(rc) == h, rc == rc, rc == ra)

e = K(5)
re_ = weakref.ref(e)
del e
try:
    hash(re_)
except TypeError as err:
    print("TypeError:", err)

x = K(3)
rx = weakref.ref(x)
ry = weakref.ref(K(3))
print(rx == ry, ry == ry, rx != ry)


class Unhashable:
    __hash__ = None


u = Unhashable()
ru = weakref.ref(u)
try:
    hash(ru)
except TypeError as err:
    print("TypeError:", err)
