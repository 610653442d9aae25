"""min() and max() over a generator of strs and of tuples of ints and strs (ordered inside
one run of the generator), mixed with items whose order needs Python code or fails: the same
results, ties, errors and laziness as CPython."""


def items(seq):
    for x in seq:
        print("  yield", repr(x))
        yield x


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  K.__lt__", self.v)
        return self.v < (other.v if isinstance(other, K) else other)

    def __gt__(self, other):
        print("  K.__gt__", self.v)
        return self.v > (other.v if isinstance(other, K) else other)

    def __eq__(self, other):
        print("  K.__eq__", self.v)
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return "K(%r)" % self.v


cases = [
    [(3, "c"), (1, "b"), (1, "a"), (2, "z")],
    ["pear", "apple", "fig", "Äpfel", "apple"],
    [(1, "a"), (1, "a", 0), (1,), (0, "zz", 5)],
    [(2, 1), (1, K(3)), (1, K(2)), (0, 5)],
    [(1, 2), (1, "x")],
    [(1, 2), "x"],
    [(2, "b"), (1.5, "a"), (1, "c")],
    [(5,), (True,), (0,)],
    [(2, "b"), (2, "b"), (1, "b")],
    [(1, (2, 3)), (1, (2, 2)), (0, (9,))],
    [(), (0,), ()],
]
for seq in cases:
    for f in (min, max):
        try:
            print(f.__name__, f(items(seq)))
        except TypeError as e:
            print(f.__name__, "TypeError", e)

# Ties keep the first one seen.
a, b = (1, "x"), (1, "x")
print(min(t for t in [a, b]) is a, max(t for t in [b, a]) is b)
print(min(((len(w), w) for w in "the quick brown fox jumps".split())))
print(max((x % 7, -x) for x in range(50)), min((x % 7, str(x)) for x in range(50)))
print(min(("b", "a") for _ in range(3)), max((s for s in ["a", "b"]), default=None))
print(min((x for x in []), default="empty"))
try:
    min(x for x in [])
except ValueError as e:
    print(e)


def boom():
    yield (1, "a")
    raise KeyError("k")


try:
    max(boom())
except KeyError as e:
    print("KeyError", e)
