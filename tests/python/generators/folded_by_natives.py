"""sum, min and max over generators: items are taken one at a time, so `__add__`, `__lt__`,
`__gt__` and key functions run between two items as in CPython, errors stop the generator
where it is, and int/float folding gives CPython's exact results."""
import math


def noisy(items):
    for x in items:
        print("  yield", repr(x))
        yield x


class Loud:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("  add", self.v, other if isinstance(other, int) else other.v)
        return Loud(self.v + (other if isinstance(other, int) else other.v))

    __radd__ = __add__

    def __lt__(self, other):
        print("  lt", self.v, other.v)
        return self.v < other.v

    def __gt__(self, other):
        print("  gt", self.v, other.v)
        return self.v > other.v

    def __repr__(self):
        return "Loud(%r)" % self.v


print(sum(noisy([1, 2, Loud(3), 4])).v)
print(min(noisy([Loud(3), Loud(1), Loud(2)])))
print(max(noisy([5, 1, 9, 2])), min(noisy([5.5, 1.5, 9.5])))
print(max(noisy(["b", "a"]), key=lambda s: print("  key", s) or s))

# An error partway leaves the generator suspended after the bad item.
g = noisy([1, 2, "x", 3, 4])
try:
    sum(g)
except TypeError as e:
    print("TypeError", e)
print("rest:", list(g))
g = noisy([3, 1, "x", 0])
try:
    min(g)
except TypeError as e:
    print("TypeError", e)
print("rest:", next(g), list(g))


# The generator itself raising, and PEP 479.
def failing():
    yield 1
    yield 2.5
    raise KeyError("inside")


for f in (sum, min, max):
    try:
        f(failing())
    except KeyError as e:
        print(f.__name__, "KeyError", e)


def stopper():
    yield 1
    raise StopIteration


try:
    sum(stopper())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

# Exact results: big ints, floats, mixes, bools, overflow past 64 bits, starts.
print(sum(x for x in [2**62, 2**62, 2**62]), sum(x for x in [-2**63, -1]))
print(sum(x for x in [2**53 + 1, 0.5]), sum(x for x in [0.1] * 10), sum(x for x in [1, 0.1, 2]))
print(sum((x for x in [0.5, 2**60 + 1]), 0.0), sum((x for x in [1, 2]), 0.5), sum((x for x in []), -0.0))
print(sum(x for x in [True, True, 3]), sum(x for x in [-0.0]), sum((x for x in [-0.0]), -0.0))
print(sum(x for x in [1e308, 1e308]), sum(x for x in [float("inf"), 1]), sum(x for x in [2**70, 1]))
print(sum((x for x in [[1], [2]]), []), sum((x for x in [1, 2]), start=10))

# min/max: ties keep the first, NaN comparisons are false, mixed kinds compare as Python does.
a, b = (1.0, 1)
print(max(x for x in [1, 1.0]), min(x for x in [1.0, 1]), max(x for x in [a, b]) is a)
nan = float("nan")
print(max(x for x in [nan, 1, 2]), max(x for x in [1, nan, 2]), min(x for x in [2, nan, 1]))
print(max(x for x in [True, 1]), min(x for x in [2, 1.5, 3]), max(x for x in [-1, 2**70, 5]))
print(max((x for x in []), default="empty"), min(x for x in [math.inf, -math.inf]))
try:
    max(x for x in [])
except ValueError as e:
    print("ValueError", e)
print(min((x for x in [3, 1, 2]), key=lambda v: -v), max([4, 8, 6]), min(3, 1, 2), max("ab", "b"))
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)


# Through yield from, stopping inside the delegate, then resumed by next.
def inner():
    yield 1
    yield "s"
    yield 2
    return "inner done"


def outer():
    r = yield from inner()
    yield r


g = outer()
try:
    sum(g)
except TypeError as e:
    print("TypeError", e)
print(g.gi_yieldfrom is not None, next(g), next(g))

# A generator partly consumed, then summed; the same list mutated by __add__.
g = noisy(range(5))
next(g)
print(sum(g))
items = [1, 2]


class Grow:
    def __radd__(self, other):
        items.append(1)
        return other + 100


print(sum(x for x in [Grow()]), sum(items))
