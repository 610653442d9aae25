# list.append, list.pop and dict.get answered without calling the native, and every shape
# they leave to it: subclasses, overrides, errors, keys with Python __eq__/__hash__.
l = []
for i in range(5):
    l.append(i)
print(l, l.pop(), l.pop(), l)
while l:
    l.pop()
try:
    l.pop()
except IndexError as e:
    print("IndexError:", e)
try:
    l.append()
except TypeError as e:
    print("TypeError:", e)
try:
    l.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(l.pop(0) if l.append(7) is None else None, l)


class L(list):
    pass


class L2(list):
    def append(self, x):
        super().append(x * 10)

    def pop(self):
        return "own pop"


a, b = L(), L2()
for x in (1, 2):
    a.append(x)
    b.append(x)
print(a, b, a.pop(), b.pop(), type(a).__name__)
m = [1].append
m(2)
print(list.append(a, 3), a, list.pop(a), a)
try:
    list.append({}, 1)
except TypeError as e:
    print("TypeError:", e)
l.append(l)
print(l)

d = {"a": 1, 2: "two", 3.0: "three", (1, 2): "tuple", None: "none"}
for k in ("a", "b", 2, 3, 3.0, (1, 2), None, 2.0, True, 1):
    print(repr(k), d.get(k), d.get(k, "dflt"))
try:
    d.get()
except TypeError as e:
    print("TypeError:", e)
try:
    d.get(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    d.get([])
except TypeError as e:
    print("TypeError:", e)


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v)
        return self.v == (other.v if isinstance(other, K) else other)


d2 = {K(1): "k1", "s": "str"}
print(d2.get(K(1)), d2.get(1), d2.get("s"), d2.get(K(2), "none"))


class D(dict):
    def __missing__(self, key):
        return "missing"


class D2(dict):
    def get(self, k, d=None):
        return ("own get", k)


dd, dd2 = D(x=1), D2(x=1)
print(dd.get("x"), dd.get("y"), dd["y"], dd2.get("x"), dict.get(dd2, "x"))
try:
    dict.get([], 1)
except TypeError as e:
    print("TypeError:", e)
