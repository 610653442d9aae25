"""Set iteration and set(iterable) construction: fast paths for plain keys must keep CPython's
slot order, the size-change errors, subclasses and keys whose equality runs Python code."""


class S(set):
    def __len__(self):
        print("S.__len__ called")
        return 0

    def __iter__(self):
        print("S.__iter__ called")
        return super().__iter__()


class F(frozenset):
    def __len__(self):
        return 99


s = S([3, 1, 2])
print(sorted(x for x in s))
print(sorted(iter(set.__iter__(s))))
for x in F("abc"):
    print("frozen item", x in "abc")
print(sorted(F("xyz")))

# Slot order of ints and strs (as CPython's table lays them out).
print(list({5, 1, 17, 33, 9, 1 << 40, -1, -2}))
words = "the quick brown fox jumps over the lazy dog the end".split()
print(len(set(words)), sorted(set(words)))
print([w for w in set(["a", "b", "a", "c", "b"])] == list({"a", "b", "c"}))

# Removing during iteration (size changes) raises, and goes on raising.
t = {1, 2, 3}
it = iter(t)
next(it)
t.discard(2)
for _ in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
t.add(2)
try:
    for x in t:
        t.add(x + 100)
except RuntimeError as e:
    print("RuntimeError:", e)

# Same size after a remove and an add: no error, CPython sees what the slots hold.
u = set(range(8))
out = []
for x in u:
    if x == 0:
        u.remove(7)
        u.add(7)
    out.append(x)
print(sorted(out))

# An exhausted iterator stays exhausted even when the set grows again.
v = {1}
it = iter(v)
print(list(it))
v.add(2)
v.discard(1)
print(list(it), next(it, "done"))

# Keys whose equality or hash runs Python code, mixed with plain ones.
class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("K.__eq__", self.v, other)
        return self.v == other

    def __repr__(self):
        return f"K({self.v!r})"


mixed = set([K(1), 1, "a", K("a"), 2, 1.0, True])
print(len(mixed))
print(sorted(repr(x) for x in mixed))
print(set([1, 1.0, True, 2, 2.0]), set(["x", "x", "y"]) == {"x", "y"})
big = set(range(100000, 100050)) | set(str(i) for i in range(30))
print(len(big), sum(x for x in big if isinstance(x, int)))


class StrSub(str):
    def __eq__(self, other):
        print("StrSub.__eq__")
        return str.__eq__(self, other)

    __hash__ = str.__hash__


print(len(set(["k", StrSub("k"), "k"])))
print(len(set([StrSub("k"), "k"])))
try:
    set([1, [2]])
except TypeError as e:
    print("TypeError:", e)
d = set()
d.update(["a", "b"], [1, 2], "ab")
print(sorted(map(str, d)))
