"""`for ... in enumerate(gen)` (the generator runs in the loop's frame): counts, starts,
unpacking and not, errors inside the generator, re-entry, partial consumption by next, break
and resume, and counts that outgrow small ints."""
import sys
import traceback


def count(n):
    i = 0
    while i < n:
        yield i * 10
        i += 1
    return "done"


for i, x in enumerate(count(3)):
    print(i, x)
for pair in enumerate(count(3), 5):
    print(pair)
for i, (a, b) in enumerate(zip(count(2), count(2))):
    print(i, a, b)
print([(i, x) for i, x in enumerate(count(4))], {i: x for i, x in enumerate(count(2), -1)})
print(sum(i * x for i, x in enumerate(count(5))))

# Break, then resume the same enumerate (and its generator) with next and another loop.
e = enumerate(count(6))
for i, x in e:
    if i == 2:
        break
print("after break", next(e))
for i, x in e:
    print("rest", i, x)
print(list(e), list(e))

# A generator partially consumed by next before enumerate wraps it.
g = count(5)
print(next(g), next(g))
for i, x in enumerate(g):
    print("partial", i, x)

# Unpacking errors still come from UnpackSequence.
try:
    for i, x, y in enumerate(count(2)):
        pass
except ValueError as e:
    print("ValueError", e)


# Errors inside the generator reach the loop with the generator's frame in the traceback.
def raiser(n):
    for i in range(n):
        yield i
    raise KeyError("after %d" % n)


try:
    for i, x in enumerate(raiser(2)):
        print("raiser", i, x)
except KeyError as e:
    print("KeyError", e, [f.name for f in traceback.extract_tb(e.__traceback__)])


def stopper():
    yield 1
    raise StopIteration("inside")


try:
    for i, x in enumerate(stopper()):
        print("stopper", i, x)
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__), e.__suppress_context__)
    print([f.name for f in traceback.extract_tb(e.__traceback__)])


# The generator sees itself running, and re-entering it or the enumerate fails.
def probe():
    yield "running %s" % pg.gi_running
    try:
        next(pe)
    except ValueError as e:
        yield "enumerate: ValueError %s" % e
    try:
        next(pg)
    except ValueError as e:
        yield "gen: ValueError %s" % e
    try:
        for q in pe:
            pass
    except ValueError as e:
        yield "loop: ValueError %s" % e
    yield sys._getframe(1).f_code.co_name


def run_probe():
    for i, x in pe:
        print(i, x)


pg = probe()
pe = enumerate(pg)
run_probe()
print(list(pe))


# Handlers left open across yields, closing from the loop body, exc_info.
def with_handlers(n):
    try:
        for i in range(n):
            try:
                yield i
            except ValueError:
                yield "caught"
    finally:
        print("  finally of with_handlers")


g = with_handlers(4)
for i, x in enumerate(g):
    print("got", i, x)
    if x == 1:
        print("throw ->", g.throw(ValueError))
    if i == 3:
        g.close()
print("closed", list(g))


def show_exc():
    yield repr(sys.exc_info()[1])
    try:
        raise OSError("inner")
    except OSError:
        yield repr(sys.exc_info()[1])


try:
    raise TypeError("outer")
except TypeError:
    for i, x in enumerate(show_exc()):
        print(i, x, repr(sys.exc_info()[1]))

# Counts near and past the 64-bit boundary, and a big start.
big = 2**63 - 3
print(list(enumerate(count(5), big)))
for i, x in enumerate(count(4), big):
    print(i, x)
for i, x in enumerate(count(2), 2**70):
    print(i, x)
for i, x in enumerate(count(2), True):
    print(i, type(i).__name__)


# Recursion through enumerate over generators reaches the limit cleanly.
def deep(n):
    yield n
    for i, x in enumerate(deep(n + 1)):
        yield x


try:
    for i, x in enumerate(deep(0)):
        pass
except RecursionError as e:
    print("RecursionError", e)


# A generator that returns early from inside the loop of its enumerate (as `take`).
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def naturals():
    n = 0
    while True:
        yield n
        n += 1


nat = naturals()
print(list(take(5, nat)), next(nat), list(take(2, nat)))

# Uncaught at the end.
for i, x in enumerate(raiser(1)):
    print("last", i, x)
