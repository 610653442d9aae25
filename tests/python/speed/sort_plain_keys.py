"""Sorting keys that compare without Python code (ints, floats, strs, tuples of them) gives
the same stable order as the general sort, and anything else still takes the general path."""


def show(label, xs):
    print(label, xs)


# Ints: equal keys keep their items' order (stability with key=).
words = ["pear", "fig", "kiwi", "apple", "date", "plum", "lime", "banana", "yam"]
show("by len", sorted(words, key=len))
show("by len rev", sorted(words, key=len, reverse=True))
show("ints", sorted([5, -3, 0, 2**62, -(2**62), 7, 7, 1]))
show("ints rev", sorted([5, -3, 0, 7, 7, 1], reverse=True))

# Big ints mixed with small ones, and bools mixed with ints, take the general path.
show("big", sorted([10**30, 3, -(10**25), 0, 2**63, -(2**63) - 1, 2**63 - 1]))
show("bools", sorted([True, 0, False, 1, -1, True]))
show("int float", sorted([1, 0.5, -2, 2.5, 1.0, 1]))

# Floats: -0.0 and 0.0 are equal, so they keep their order; NaNs take the general path.
fl = [0.0, -0.0, 1.5, -1.5, 0.0, -0.0, 1e300, -1e300, float("inf"), float("-inf")]
show("floats", [repr(x) for x in sorted(fl)])
show("floats rev", [repr(x) for x in sorted(fl, reverse=True)])
nan = float("nan")
show("nan", [repr(x) for x in sorted([3.0, nan, 1.0, 2.0, nan, 0.5])])

# Strs: code point order, non-ASCII and astral characters included.
strs = ["b", "a", "", "ab", "é", "z", "\U0001f600", "\uffff", "aé", "A", "é", "a\x00", "日本"]
show("strs", sorted(strs))
show("strs rev", sorted(strs, reverse=True))
d = {"zeta": 1, "alpha": 2, "Beta": 3, "beta": 4, "ålpha": 5}
show("dict keys", sorted(d))

# Tuples: per-position kinds, different lengths, equal prefixes, stability.
pairs = [(3, "c"), (1, "b"), (3, "a"), (1, "b"), (2,), (2, "a", 5), (), (2, "a")]
tagged = list(zip(pairs, range(len(pairs))))
show("tuples", sorted(tagged, key=lambda t: t[0]))
show("tuples rev", sorted(tagged, key=lambda t: t[0], reverse=True))
show("neg int str", sorted({"x": 2, "y": 5, "a": 5, "b": 2}.items(), key=lambda kv: (-kv[1], kv[0])))
show("float tuples", sorted([(0.0, 2), (-0.0, 1), (0.0, 1), (-1.0, 9)]))

# A position whose kinds differ: the general path, which raises as CPython does.
try:
    sorted([(1, "a"), ("a", 1)])
except TypeError as e:
    print("TypeError", e)
show("mixed but decided early", sorted([(1, "a"), (2, 3)]))
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    sorted(["a", 3])
except TypeError as e:
    print("TypeError", e)


# Str subclasses with their own ordering are not plain strs.
class Rev(str):
    def __lt__(self, other):
        return str.__gt__(self, other)


show("rev str", sorted([Rev("a"), Rev("c"), Rev("b")]))
show("rev str in tuples", sorted([(1, Rev("a")), (1, Rev("c")), (0, Rev("b"))]))


class Loud(int):
    def __lt__(self, other):
        print("lt", int(self), int(other))
        return int(self) < int(other)


show("loud", sorted([Loud(2), Loud(1), Loud(3)]))

# Errors during comparison still surface, with the list restored.
class Bad:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError("no three")
        return self.v < other.v


lst = [Bad(i) for i in (5, 3, 1)]
try:
    lst.sort()
except ValueError as e:
    print("ValueError", e, sorted(b.v for b in lst))

# A key function that mutates the list: the list looks empty while sorted.
lst = [3, 1, 2]


def key(x):
    lst.append(x)
    return x


try:
    lst.sort(key=key)
except ValueError as e:
    print("ValueError", e)

# Large inputs compared with a reference computed by a plain insertion sort.
x = 12345
data = []
for i in range(3000):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    data.append(x % 1000 - 500)
s = sorted(data)
print("sorted ok", all(s[i] <= s[i + 1] for i in range(len(s) - 1)), s[:5], s[-5:])
idx = sorted(range(len(data)), key=lambda i: data[i])
print("stable ok", all(data[idx[i]] < data[idx[i + 1]] or (data[idx[i]] == data[idx[i + 1]] and idx[i] < idx[i + 1]) for i in range(len(idx) - 1)))
ws = ["w%d" % v for v in data[:500]]
ws.sort(key=lambda w: (len(w), w[::-1]))
print("words", ws[:6], ws[-6:])
fs = sorted(v / 7 for v in data[:500])
print("floats", fs[:3], fs[-3:])
