"""dict.pop and del find int and str keys in place; keys that only compare equal (1, 1.0,
True), str subclasses with their own __eq__/__hash__, NaNs and dicts changed by __eq__ must
behave as in CPython."""

d = {1: "one", 2: "two", "a": "A", 3.5: "f", None: "none", (1, 2): "t"}
print(d.pop(1.0, "missing"), d)
print(d.pop(True, "missing"), d.pop(2, "x"), d.pop("a"), d.pop("a", "gone"))
print(d.pop(3.5), d.pop(None), d.pop((1, 2)), d)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", repr(e))

d = {1.0: "float one", 0: "zero"}
del d[1]
del d[False]
print(d)
try:
    del d[1]
except KeyError as e:
    print("KeyError", repr(e))

# Big ints and ints in big dicts (hash index, not a scan).
big = {i: i * i for i in range(100)}
big[10**20] = "big"
print(big.pop(10**20), big.pop(99), big.pop(99, None), len(big))
for i in range(0, 100, 7):
    del big[i]
print(len(big), sorted(big)[:5], big.pop(50.0), 50 in big)
print(big.pop(-1, "neg"), big.pop(2**63, "huge"))

# Non-ASCII and astral str keys.
s = {"é": 1, "\U0001f600": 2, "日本": 3, "": 4}
print(s.pop("é"), s.pop("\U0001f600"), s.pop("".join(["日", "本"])), s.pop(""), s)

# A NaN key is found by identity.
nan = float("nan")
n = {nan: "nan"}
print(n.pop(nan, "missing"), n.pop(float("nan"), "other nan"))
n[nan] = 1
del n[nan]
print(n)


class Key(str):
    """A str whose equality is case-insensitive."""

    def __eq__(self, other):
        print("eq", str(self), other)
        return str.lower(self) == str.lower(other)

    def __hash__(self):
        return hash(str.lower(self))


k = {"abc": 1, "ABC": 2}
print(k.pop(Key("abc")), k)
k2 = {Key("XyZ"): 5}
print(k2.pop("xyz", "no"), k2.pop(Key("xyz"), "no"))
if Key("XYZ") in k2:
    del k2[Key("XYZ")]
print(k2)


class Evil:
    """Equal to everything; mutates the dict while compared."""

    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.d.clear()
        return True


m = {1: "one", 2: "two"}
print(m.pop(Evil(m), "default"), m)
m = {1: "one"}
try:
    del m[Evil(m)]
    print("deleted", m)
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)


class IntLike(int):
    def __eq__(self, other):
        print("IntLike eq")
        return int(self) == other

    __hash__ = int.__hash__


q = {5: "five"}
print(q.pop(IntLike(5)), q)
q = {IntLike(6): "six"}
print(q.pop(6), q)

# Iteration order after removals and reinsertions.
o = {}
for i in range(20):
    o[i] = i
for i in range(0, 20, 3):
    o.pop(i)
for i in range(0, 20, 6):
    o[i] = -i
print(list(o.items()))

# Strings: iterating non-ASCII text mixed with ASCII (shared one-character strs).
for text in ["abc", "aé\U0001f600z", "", "\x00\x7f\x80"]:
    chars = [c for c in text]
    print(chars, [ord(c) for c in text], all(c is d for c, d in zip(text, "abc")) if text == "abc" else None)
it = iter("xy")
print(next(it), list(it), list(it))
