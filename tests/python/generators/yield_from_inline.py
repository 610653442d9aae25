"""`yield from` a plain generator (its frame runs in the delegating frame's loop): return
values, send/throw/close through the chain, PEP 479, gi_yieldfrom and gi_running, tracebacks,
partial consumption and the recursion limit."""
import sys
import traceback


def leaf(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("  leaf got", got)
    return "leaf-%d" % n


def mid(n):
    r = yield from leaf(n)
    print("  mid saw", r)
    return r + "+mid"


def top(n):
    total = []
    for k in range(2):
        total.append((yield from mid(n)))
    return total


# Return values travel up the chain; for, list, sum and next all drive it.
for x in top(2):
    print("for", x)
print(list(top(3)), sum(leaf(5) for _ in range(0)), sum(x for x in top(4)))
g = top(2)
print(next(g), next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)

# send goes to the innermost generator; a non-None send into a fresh sub-generator is the
# TypeError it is without yield from.
g = top(3)
print(next(g), g.send("a"), g.send("b"), g.send(None), g.send("c"))


def fresh():
    yield from leaf(2)


g = fresh()
try:
    g.send(1)
except TypeError as e:
    print("TypeError", e)


# gi_yieldfrom names the delegate while suspended inside it, None otherwise.
def outer_state():
    yield "before"
    yield from leaf(2)
    yield "after"


g = outer_state()
print(next(g), g.gi_yieldfrom)
print(next(g), g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_running)
print(next(g), next(g), g.gi_yieldfrom)


# gi_running of both while the inner runs, and re-entering either one.
def inner_probe():
    yield "outer running %s, inner running %s, yieldfrom %s" % (
        og.gi_running, ig.gi_running, og.gi_yieldfrom)
    for who in (og, ig):
        try:
            next(who)
        except ValueError as e:
            yield "ValueError: %s" % e
    yield sys._getframe(1).f_code.co_name


def outer_probe():
    global ig
    ig = inner_probe()
    r = yield from ig
    yield r


og = outer_probe()
for x in og:
    print(x)


# throw into a chain: the innermost handler sees it; unhandled, it unwinds every level.
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("  catcher caught", e)
            yield "recovered"
        except KeyError:
            print("  catcher returns")
            return "from catcher"


def thrower_outer():
    try:
        r = yield from catcher()
        print("  outer got", r)
        yield r
    finally:
        print("  outer finally")


g = thrower_outer()
print(next(g), g.throw(ValueError("v1")), next(g))
print(g.throw(KeyError("k")))
try:
    g.throw(OSError("unhandled"))
except OSError as e:
    print("OSError", e, [f.name for f in traceback.extract_tb(e.__traceback__)])

# close through the chain runs every finally, innermost first.
def fin_leaf():
    try:
        yield 1
        yield 2
    finally:
        print("  fin_leaf finally")


def fin_mid():
    try:
        yield from fin_leaf()
    finally:
        print("  fin_mid finally")


g = fin_mid()
print(next(g))
g.close()
print("closed", g.gi_frame, list(g))

# A generator partially consumed by next, then driven by yield from, then by next again.
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return i


c = counter(6)
print(next(c), next(c))


def resume_rest():
    r = yield from c
    yield "returned %s" % r


r = resume_rest()
print(next(r), next(r))
print(next(c))
print(list(r))

# yield from a generator that is already finished, and one already running.
done = counter(1)
list(done)


def from_done():
    r = yield from done
    yield r


print(list(from_done()))


def self_delegate():
    yield from me


me = self_delegate()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


# PEP 479: StopIteration raised inside the delegate becomes RuntimeError there.
def stopper():
    yield 1
    raise StopIteration("inner stop")


def via_yield_from():
    yield from stopper()


try:
    for x in via_yield_from():
        print("stopper", x)
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
    print([f.name for f in traceback.extract_tb(e.__cause__.__traceback__)])


# An exception from deep in the chain, caught by the delegating frame's own handler.
def bad_leaf():
    yield 1
    return 1 / 0


def guard():
    try:
        yield from bad_leaf()
    except ZeroDivisionError as e:
        yield "guarded: %s %s" % (e, [f.name for f in traceback.extract_tb(e.__traceback__)])
    yield "end"


print(list(guard()))


# Handlers and exc_info across the inline frames.
def exc_leaf():
    yield repr(sys.exc_info()[1])
    try:
        raise OSError("inner")
    except OSError:
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


def exc_mid():
    try:
        raise TypeError("mid")
    except TypeError:
        yield from exc_leaf()
        yield repr(sys.exc_info()[1])


for x in exc_mid():
    print("exc_info:", x, "| outside:", sys.exc_info()[1])


# Recursive yield from (a tree walk), and the recursion limit through a chain.
def flatten(item):
    if isinstance(item, list):
        for x in item:
            yield from flatten(x)
    else:
        yield item


print(list(flatten([1, [2, [3, [4, [5]]]], [[6]], 7])))


def chain(n):
    yield n
    yield from chain(n + 1)


try:
    for x in chain(0):
        pass
except RecursionError as e:
    print("RecursionError", e)
print("deep", x > 100)


# yield from an iterator that is not a generator still works the general way.
def mixed():
    r = yield from iter([1, 2])
    yield r
    yield from range(2)
    yield from (c * 2 for c in "ab")


print(list(mixed()))

# The uncaught error at the end: the traceback passes through every level.
def bottom():
    yield 1
    raise KeyError("bottom")


def middle():
    yield from bottom()


for x in middle():
    print("last", x)
