"""`enumerate` and set iterators stepped in place: counts past 64 bits, starts of every kind,
the result pair reused only when nothing holds it, inner iterators of every kind (and ones
that run Python code or raise), sets changed while iterated, frozensets, subclasses,
exhaustion."""
import sys


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "raises", type(e).__name__, e)


# Inner iterators of every kind.
print(list(enumerate([10, 20, 30])))
print(list(enumerate((1, 2), 5)))
print(list(enumerate(range(3), -2)))
print(list(enumerate("héllo")))
print(list(enumerate("abc", start=True)))
print(list(enumerate({"a": 1, "b": 2})))
print(list(enumerate({"a": 1, "b": 2}.items())))
print(list(enumerate(x * x for x in range(4))))
print(list(enumerate(map(str, range(3)))))
print(list(enumerate(enumerate("xy"))))
print(sorted(enumerate({3, 1, 2})))
print(list(enumerate(frozenset())))

# Counts at and past the 64-bit edge.
big = sys.maxsize - 1
print(list(enumerate("abcd", big)))
print(list(enumerate("ab", 2 ** 64)))
print(list(enumerate("ab", -(2 ** 63) - 1)))
for i, c in enumerate("xyz", sys.maxsize):
    print(i, c, type(i).__name__)

# Bad starts.
show("float start:", lambda: enumerate("a", 1.5))
show("str start:", lambda: enumerate("a", "1"))
show("not iterable:", lambda: enumerate(5))
show("no args:", lambda: enumerate())


class Idx:
    def __index__(self):
        return 7


show("__index__ start:", lambda: list(enumerate("ab", Idx())))

# The pair is reused only when nothing else holds it.
kept = []
for pair in enumerate("abc"):
    kept.append(pair)
print(kept, len(set(map(id, kept))) == 3)
e = enumerate("abcd")
a = next(e)
b = next(e)
print(a, b, a is b)
del a, b
ids = set()
for i, c in enumerate(range(5)):
    pass
print(i, c)
first = [p for p in enumerate([[1], [2]])]
print(first, first[0][1] is not first[1][1])

# Python code in the inner iterator, and errors from it.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        if self.n == 1:
            raise ValueError("at one")
        return self.n


e = enumerate(Countdown(4))
print(next(e), next(e))
show("inner raises:", lambda: next(e))
print("after error:", list(e))


def gen():
    yield 1
    yield 2
    raise KeyError("gen")


try:
    for i, v in enumerate(gen()):
        print("gen item", i, v)
except KeyError as ex:
    print("KeyError", ex)

# A list growing while enumerated; an enumerate exhausted stays exhausted.
lst = [1, 2]
for i, v in enumerate(lst):
    if i < 3:
        lst.append(v * 10)
print(lst)
e = enumerate([1])
print(list(e), list(e), next(e, "done"))

class E(enumerate):
    pass


se = E("pq", 3)
print(type(se).__name__, list(se), isinstance(se, enumerate))
print(type(enumerate("")).__name__, type(iter(set())).__name__, type(iter(frozenset())).__name__)

# Sets: order, frozensets, changes during iteration.
s = {5, 3, 9, 1}
print(sorted(x for x in s))
fs = frozenset("abc")
print(sorted(fs), sorted(iter(fs)))
it = iter(s)
print(it.__length_hint__(), next(it) in s, it.__length_hint__())
s.add(100)
show("changed size:", lambda: next(it))
show("again:", lambda: next(it))
print("hint after change:", it.__length_hint__())
s2 = {1, 2, 3}
try:
    for x in s2:
        s2.discard(x)
except RuntimeError as ex:
    print("RuntimeError", ex)
s3 = {1, 2, 3}
for x in s3:
    s3.discard(x)
    s3.add(x + 100)
    break
print(sorted(s3))
done = iter({1})
print(list(done), list(done), done.__length_hint__())


class S(set):
    def __len__(self):
        return 99


print(sorted(iter(S([4, 5]))))
total = 0
for _ in range(3):
    for x in {1, 2, 3}:
        total += x
print(total)
print(list(enumerate({7})))
print([(i, x) for i, x in enumerate(sorted({"b", "a"}))])
