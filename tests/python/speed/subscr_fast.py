"""Fast paths of subscripts, dict lookups and iteration keep CPython's semantics."""

lst = [10, 20, 30]
print(lst[0], lst[-1], lst[-3])
for bad in (3, -4):
    try:
        lst[bad]
    except IndexError as e:
        print("IndexError:", e)
lst[-1] = 99
lst[0] += 1
print(lst)
try:
    lst[5] = 1
except IndexError as e:
    print("IndexError:", e)

t = (1, 2, 3)
print(t[1], t[-1])
try:
    t[3]
except IndexError as e:
    print("IndexError:", e)

# int, bool and float keys that are equal share one entry.
d = {1: "one", "a": "A"}
print(d[1], d[True], d[1.0], d["a"])
d[True] = "true"
print(d)
d[2] = "two"
d[-1] = "minus one"
print(d[-1], d.get(-1), d.get(7, "default"))
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)


# A key with its own __eq__ and a colliding hash is still compared by Python code.
class Eq:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("__eq__ called with", other)
        return other == 5 or other == "five"


d2 = {Eq(5): "eq"}
print(d2[5])
print(d2.get(5))
d2[5] = "replaced"
print(list(d2.values()))


# Iteration over ranges, lists and tuples, including mutation while iterating.
print([i for i in range(5)], [i for i in range(10, 0, -3)], list(range(2**62, 2**62 + 2)))
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
    print(x, end=" ")
print()
big = 2**63 - 2
print(list(range(big, big + 3)))

# One-character strings from indexing, iteration and chr are ordinary strs.
s = "héllo"
print([c for c in s], s[1], s[-1], chr(65), chr(233))
print({c: i for i, c in enumerate("abcabc")})
print("a" == "abc"[0], ["abc"[0]] == ["a"])

# Subclasses of builtin types keep their own __getitem__/__setitem__/__eq__/__missing__.
class Missing(dict):
    def __missing__(self, key):
        return "missing %r" % (key,)


m = Missing(a=1)
print(m["a"], m["b"], m[3])


class Loud(list):
    def __getitem__(self, i):
        return "item %d" % i

    def __setitem__(self, i, v):
        print("set", i, v)


lo = Loud([1, 2, 3])
print(lo[0], lo[-1])
lo[1] = 5
print(list(lo))


class I(int):
    pass


class S(str):
    def __eq__(self, other):
        return True

    def __hash__(self):
        return hash("x")


d3 = {I(5): "int subclass key", S("anything"): "str subclass key"}
print(d3[5], d3["x"], d3.get(5), d3.get("x"))
d3[5] = "updated"
print(sorted(d3.values()))
