# The dict table grows by half (4, 6, 9, 13, ...), sizes literals exactly, indexes past 8
# slots and compacts deleted slots only when full: order, lookups, deletion and the
# changed-during-iteration errors must not notice any of it.


class K:
    """A key with a chosen hash and a record of equality calls."""

    calls = 0

    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        K.calls += 1
        return isinstance(other, K) and self.name == other.name

    def __repr__(self):
        return "K(%s)" % self.name


# Every size across the growth steps and the scan/index boundary (8 slots).
for n in range(0, 30):
    d = {}
    for i in range(n):
        d["k%d" % i] = i
    assert list(d) == ["k%d" % i for i in range(n)], n
    assert all(d["k%d" % i] == i for i in range(n))
    assert ("k%d" % n) not in d
    e = dict(d)
    assert e == d and list(e) == list(d)
print("sizes ok")

# Literals of known size, with duplicate keys (the later value wins, the first position stays).
lit = {"a": 1, "b": 2, "a": 3, "c": 4, "b": 5, "d": 6}
print(lit, len(lit))
big = {1: "a", 2: "b", 3: "c", 4: "d", 5: "e", 6: "f", 7: "g", 8: "h", 9: "i", 10: "j", 1: "z"}
print(big, len(big))
print({}, {1: 1}, {**lit, "e": 7})

# Deleting from small and indexed tables, then refilling past the capacity (compaction).
for n in (3, 6, 8, 9, 13, 40, 100):
    d = {i: i * i for i in range(n)}
    for i in range(0, n, 2):
        del d[i]
    for i in range(n, n + n):
        d[i] = -i
    assert list(d) == [i for i in range(n) if i % 2] + list(range(n, 2 * n)), n
    for i in range(n):
        assert (i in d) == (i % 2 == 1)
    while d:
        k = next(iter(d))
        del d[k]
    d[0] = 0
    print(n, d, len(d))

# Queue-like use: insert the newest, delete the oldest, many times over.
d = {}
for i in range(500):
    d[i] = i
    if i >= 7:
        del d[i - 7]
print(list(d), len(d))

# popitem, pop, setdefault, clear and reuse.
d = {i: str(i) for i in range(12)}
print(d.popitem(), d.pop(3), d.pop(99, "missing"), d.setdefault(100, "x"), len(d))
d.clear()
print(d, len(d))
for i in range(10):
    d[i] = i
print(d)

# Colliding hashes: equality runs only between keys of equal hash, in small and large tables.
for n in (4, 20):
    K.calls = 0
    keys = [K("x%d" % i, i % 3) for i in range(n)]
    d = {}
    for k in keys:
        d[k] = k.name
    calls_build = K.calls
    K.calls = 0
    found = [d[K("x%d" % i, i % 3)] for i in range(n)]
    print(n, found == [k.name for k in keys], calls_build, K.calls)
    del d[keys[1]]
    print(K("x1", 1) in d, K("x2", 2) in d, len(d))

# Mutation during iteration.
for n in (3, 9, 20):
    d = dict.fromkeys(range(n))
    try:
        for k in d:
            d[k + 1000] = None
    except RuntimeError as e:
        print(n, "insert:", e)
    try:
        for k in d:
            del d[k]
    except RuntimeError as e:
        print(n, "delete:", e)
    d = dict.fromkeys(range(n))
    try:
        # (Not for 3 keys: CPython compacts a 3-key dict at the third replacement, isles
        # keeps the slots of dicts under 16 entries; Python leaves this order unspecified.)
        for k in d if n > 3 else ():
            del d[k]
            d[k + 1000] = None
    except RuntimeError as e:
        print(n, "replace:", e)
    d = dict.fromkeys(range(n))
    for k in d:
        d[k] = k
    print(n, "values change ok", sum(d.values()))
    try:
        for k, v in d.items():
            d.pop(k)
    except RuntimeError as e:
        print(n, "items pop:", e)

# Instance dicts and namespaces over the boundary.
class C:
    pass


c = C()
for i in range(12):
    setattr(c, "a%d" % i, i)
print(sorted(vars(c).items())[:3], len(vars(c)))
for i in range(0, 12, 3):
    delattr(c, "a%d" % i)
print(list(vars(c)), c.a1, hasattr(c, "a0"))
ns = {}
exec("\n".join("v%d = %d" % (i, i) for i in range(15)), ns)
print([k for k in ns if k != "__builtins__"])
