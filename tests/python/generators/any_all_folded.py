"""any() and all() over a generator: the items whose truth needs no Python code are judged
inside one run of the generator; the deciding item leaves it suspended right there (the
rest stays to be taken), items with __bool__/__len__ are judged between steps in CPython's
order, and errors, PEP 479 and finished or running generators behave as in CPython."""
import sys


def items(seq):
    for x in seq:
        print("  yield", repr(x))
        yield x


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  bool", self.v)
        return self.v

    def __repr__(self):
        return "B(%r)" % self.v


class L:
    def __len__(self):
        print("  len")
        return 0

    def __repr__(self):
        return "L()"


for seq in ([], [0, 0.0, None, False], [0, "", 3, 4], [1, "a", (1,), [0], 0, 9],
            [0, B(False), 0, B(True), 5], [L(), 0, 1], [-0.0, (), [], "", 2]):
    g = items(seq)
    print("any", any(g), "rest", list(g))
    g = items(seq)
    print("all", all(g), "rest", list(g))

print(all(x < 5 for x in range(10)), any(x > 5 for x in range(10)))
print(all(x >= 0 for x in range(1000)), any(x < 0 for x in range(1000)))
print(any(all(y for y in range(x)) for x in range(5)))
print(all(any(y for y in range(x)) for x in range(1, 5)))

# The same generator taken up again after any() stopped in it.
g = (x * x for x in range(10))
print(any(v > 10 for v in g), next(g), list(g))
g = (x for x in [1, 2, 0, 3])
print(all(g), list(g), all(g), any(g))


def boom():
    yield 0
    yield 0
    raise ValueError("boom")


for f in (any, all):
    try:
        print(f(boom()))
    except ValueError as e:
        print(f.__name__, "ValueError", e)


def stop():
    yield 0
    raise StopIteration


for f in (any, all):
    try:
        print(f(stop()))
    except RuntimeError as e:
        print(f.__name__, "RuntimeError", e, repr(e.__cause__))


def reentrant():
    yield 0
    try:
        any(g2)
    except ValueError as e:
        print("  inner", e)
    yield 1


g2 = reentrant()
print(any(g2))


def deep(n):
    if n:
        yield any(deep(n - 1))
    else:
        yield True


print(deep(50).__next__())
try:
    sys.setrecursionlimit(100)
    print(any(deep(200)))
except RecursionError as e:
    print("RecursionError", e)
finally:
    sys.setrecursionlimit(1000)

print(any(iter([0, 1])), all(iter([])), any({0: 1}), all("ab"), any(map(bool, [0, 2])))
