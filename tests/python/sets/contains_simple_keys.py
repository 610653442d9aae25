# `x in s` for sets and frozensets answered in one probe when the item is an int or an
# exact str; every other case (floats, bools, subclasses, keys with __eq__) the general way.

s = {1, 3, 5, "a", "bc", 2**70, -1, -2}
fs = frozenset(s)
for c in (s, fs):
    print([x in c for x in (1, 2, 3, -1, -2, "a", "b", "bc", "a" + "", 2**70, 2**70 + 1)])
    print(1.0 in c, True in c, False in c, 3.0 in c, 1.5 in c, (1,) in c, None in c)

# -1 and -2 hash alike in CPython: both must be found and told apart.
print(hash(-1) == hash(-2), -1 in {-2}, -2 in {-1}, -1 in {-1, -2})

# Stored keys of other kinds: floats, bools, big ints and tuples among int probes.
t = {1.0, True, 2**64, (1, 2), 7.5}
print(1 in t, 2 in t, 2**64 in t, 7 in t, "x" in t)


class S(str):
    def __eq__(self, other):
        print("S.__eq__", str.__str__(self), other)
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class I(int):
    def __eq__(self, other):
        print("I.__eq__", int(self), other)
        return int.__eq__(self, other)

    __hash__ = int.__hash__


u = {S("k"), I(4), "m", 9}
print("k" in u, 4 in u, "m" in u, 9 in u, "z" in u, 5 in u)
print(S("m") in u, I(9) in u)


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("Key.__eq__", self.v, other)
        return self.v == other


w = {Key(10), Key("q"), 11}
print(10 in w, "q" in w, 11 in w, 12 in w)

# Unhashable items raise; a set item is looked up as the equal frozenset.
for bad in ([1], {2: 3}):
    try:
        print(bad in s)
    except TypeError as e:
        print("TypeError:", e)
print({1, 3} in {frozenset({1, 3})}, set() in {frozenset()}, {9} in {frozenset()})


class SubSet(set):
    def __contains__(self, x):
        print("SubSet.__contains__", x)
        return set.__contains__(self, x)


print(3 in SubSet({3}), 4 in SubSet({3}), 3 not in SubSet({3}))
print(3 not in s, "a" not in fs, 99 not in s)


# A key whose __eq__ changes the set while it is probed.
class Mutator:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        target.discard(self)
        return False


target = {Mutator()}
print(1 in target, len(target))
