"""Dicts of every size (scanned while small, indexed when larger) and set lookups of ints and strs keep CPython semantics."""


class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n

    def __repr__(self):
        return f"K({self.n})"


for size in (0, 1, 7, 8, 9, 10, 17, 40):
    d = {}
    for i in range(size):
        d[f"k{i}"] = i
        d[K(i)] = -i
    for i in range(0, size, 2):
        del d[f"k{i}"]
        del d[K(i)]
    d[7] = "int"
    d[7.0] = "float"
    d[True] = "bool"
    print(size, len(d), [d.get(f"k{i}") for i in range(size)], [d.get(K(i)) for i in range(size)])
    print(list(d.items())[:6], 1 in d, 7 in d, K(1) in d, "k1" in d)
    for i in range(size):
        d[f"k{i}"] = i * 10
    print(sorted(v for v in d.values() if isinstance(v, int)))
    e = dict(d)
    e.pop(7)
    print(len(e), len(d), e == d)
    while d:
        d.popitem()
    print(d, len(e))

s = {1, 2, "a", "b", 3.0, K(1), K(2)}
print(1 in s, 3 in s, 3.0 in s, True in s, "a" in s, "c" in s, K(2) in s, K(3) in s)
s2 = set("hello world".split() + ["x"] * 3 + list(range(20)))
print(len(s2), "hello" in s2, 19 in s2, 20 in s2)
s2.discard("hello")
s2.add("hello")
s2.remove(5)
print(len(s2), sorted(x for x in s2 if isinstance(x, str)))


class Weird(str):
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


t = {"abc", "xyz"}
print(Weird("abc") in t, Weird("q") in t, "abc" in {Weird("abc")}, 1 in {1.0}, 2 in {2.5})
print(sorted({x % 7 for x in range(100)}), len({str(i) for i in range(50)} & {str(i) for i in range(25, 75)}))
