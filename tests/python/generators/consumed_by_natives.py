"""Generators consumed whole by builtins (sum, min, max, list, tuple, sorted): the items,
errors partway, the generator's state afterwards, nesting and re-entry."""
import sys


def count(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            print("  sent", got)
        i += 1
    return "ret"


def fails_at(n):
    for i in range(10):
        if i == n:
            raise ValueError("failed at %d" % i)
        yield i


def stopper():
    yield 1
    raise StopIteration


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally ran")


def delegating():
    yield "a"
    r = yield from count(3)
    yield r
    yield from ["x", "y"]


print(sum(count(100)), min(count(5)), max(count(5)), list(count(4)), tuple(count(3)))
print(sorted(x % 7 for x in range(20)), sorted(count(5), key=lambda v: -v))
print(sum(x * x for x in range(1000) if x % 3), list(x for x in (y * 2 for y in range(5))))
print(list(delegating()))

# An error partway: nothing is returned, the generator is finished afterwards.
g = fails_at(3)
try:
    print(list(g))
except ValueError as e:
    print("ValueError", e)
print("after error:", list(g), next(g, "exhausted"))

try:
    sum(stopper())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

# A partly consumed generator gives the rest, and is finished afterwards.
g = count(6)
print(next(g), next(g), g.send("hello"))
print("rest:", list(g), "again:", list(g))

# finally blocks run when the generator ends inside the builtin.
print(list(with_finally()))

# Re-entry: the generator consuming itself.
def selfish():
    yield 1
    try:
        list(me)
    except ValueError as e:
        yield "ValueError: %s" % e
    yield me.gi_running


me = selfish()
print(list(me), me.gi_running, me.gi_frame, me.gi_suspended)

# exc_info inside a generator while the caller handles an exception.
def show_exc():
    yield repr(sys.exc_info()[1])
    try:
        raise OSError("inner")
    except OSError:
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


try:
    raise KeyError("outer")
except KeyError:
    print(list(show_exc()), repr(sys.exc_info()[1]))
print(sys.exc_info())

# Nested consumers inside a consumed generator, and natives that take one item at a time.
def rows(n):
    for i in range(n):
        yield sum(j for j in range(i))


print(list(rows(6)), max(rows(6)), list(enumerate(count(3))), any(x > 2 for x in count(5)))
print(all(x < 3 for x in count(10)), list(zip(count(3), rows(4))), dict(zip(count(3), "abc")))

# Large outputs and deep nesting.
print(len(list(count(20000))), sum(sum(count(i)) for i in range(50)))


def deep(n):
    yield n
    yield from list(deep(n + 1))


try:
    list(deep(0))
except RecursionError as e:
    print("RecursionError", e)

# A generator consumed by a native while another generator runs in a for loop.
def outer():
    for x in count(3):
        yield list(count(x))


print(list(outer()), [v for v in outer()])

# An uncaught error from a generator consumed by a builtin: the traceback goes through it.
print(sum(fails_at(2)))
