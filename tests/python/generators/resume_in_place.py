# A generator resumed by next()/send()/throw() keeps its state in place while it runs.
import sys


def watcher():
    g = yield
    while True:
        print("running:", g.gi_running, "frame is None:", g.gi_frame is None,
              "suspended:", g.gi_suspended)
        x = yield g.gi_frame.f_lineno > 0
        if x == "stop":
            return "done"


w = watcher()
next(w)
print(w.send(w))
print(next(w))
print("outside:", w.gi_running, w.gi_suspended, w.gi_frame is None)
try:
    w.send("stop")
except StopIteration as e:
    print("stopped:", e.value)
print("after:", w.gi_frame, w.gi_suspended)


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(list(me))


def counting(n):
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                print("got", got)
    finally:
        print("finally", n)


c = counting(4)
print(next(c), c.send("a"), next(c))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(c.gi_frame, list(c))

c = counting(3)
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
print(next(c), c.send(None))
c.close()
print(c.gi_suspended, list(c))


# A `for` loop over a generator that next() also advances.
def nums():
    for i in range(6):
        yield i


g = nums()
for x in g:
    print("for", x, "next", next(g, None))


# Deep recursion: a generator resumed near the recursion limit.
def deep(n, it):
    if n == 0:
        return next(it)
    return deep(n - 1, it)


def one():
    yield 1
    yield 2


it = one()
print(deep(50, it), next(it), next(it, "end"))
limit = sys.getrecursionlimit()
it = one()
try:
    deep(limit + 10, it)
except RecursionError:
    print("RecursionError")
print(next(it, "gen"), next(it, "end"))


# Exceptions inside a generator while another generator runs in a `for` loop.
def inner():
    try:
        yield 1
        raise ValueError("inner")
    except ValueError as e:
        yield str(e)
        raise


def outer():
    try:
        for v in inner():
            yield v
    except ValueError as e:
        yield "outer caught " + str(e)


print(list(outer()))
o = outer()
print(next(o), next(o))
print(sys.exc_info()[0])
print(next(o), sys.exc_info()[0])
