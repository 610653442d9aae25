"""Generators resumed by a `for` loop (run inside the caller's eval loop): yields, returns,
exceptions in and out, break and resume elsewhere, nesting, state seen from inside."""
import sys
import traceback


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def with_handlers(n):
    try:
        for i in range(n):
            try:
                yield i
            except ValueError:
                yield "caught"
    finally:
        print("  finally of with_handlers")


def raiser(n):
    for i in range(n):
        yield i
    raise KeyError("after %d" % n)


def stopper():
    yield 1
    raise StopIteration("inside")


def nested(depth):
    if depth == 0:
        yield "leaf"
        return
    for x in nested(depth - 1):
        yield "%d:%s" % (depth, x)


def tree(n):
    if n <= 1:
        yield n
        return
    for x in tree(n - 1):
        yield x
    for x in tree(n - 2):
        yield x


def delegating():
    yield "a"
    r = yield from count(3)
    yield r
    yield "z"


# Plain loop, the return value is dropped, the loop's else runs.
total = 0
for x in count(5):
    total += x
else:
    print("else ran, total", total)

# Locals of the caller survive the generator's steps (different value stacks).
a, b, c = 1, 2, 3
for x in count(3):
    print("step", x, a + b + c + x)

# break, then the rest through next() and another for loop.
g = count(6)
for x in g:
    if x == 2:
        break
print("next after break:", next(g))
print("rest:", [x for x in g])
print("exhausted again:", list(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

# Handlers inside the generator stay open across steps; throw() between loop steps.
g = with_handlers(4)
for x in g:
    print("got", x)
    if x == 1:
        print("throw ->", g.throw(ValueError))
print("after with_handlers loop")

# An exception escaping the generator reaches the loop's frame.
try:
    for x in raiser(2):
        print("raiser", x)
except KeyError as e:
    print("KeyError", e)
    tb = traceback.extract_tb(e.__traceback__)
    print([f.name for f in tb])

# PEP 479: StopIteration inside becomes RuntimeError with the cause kept.
try:
    for x in stopper():
        print("stopper", x)
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__), e.__suppress_context__)
    print([f.name for f in traceback.extract_tb(e.__traceback__)])

# The loop frame's own handler catches it, and the loop variable keeps its last value.
def guarded():
    last = None
    try:
        for last in raiser(3):
            pass
    except KeyError:
        return "caught after", last


print(guarded())

# Nesting and recursion.
print(list(nested(4)))
print(sum(tree(12)), len(list(tree(10))))

# yield from inside a generator driven by for.
for x in delegating():
    print("delegating", x)

# State seen from inside a running generator.
def introspect():
    me = yield "start"
    yield "running=%s" % gen.gi_running
    try:
        next(gen)
    except ValueError as e:
        yield "ValueError: %s" % e
    try:
        gen.close()
    except ValueError as e:
        yield "close: %s" % e
    yield "frame line %s" % (sys._getframe().f_lineno > 0)
    yield sys._getframe(1).f_code.co_name


gen = introspect()
for x in gen:
    print(x, "| suspended" if gen.gi_suspended else "", gen.gi_running)


def caller():
    for x in introspect_again():
        print(x)


def introspect_again():
    yield sys._getframe(1).f_code.co_name
    yield sys._getframe().f_back.f_code.co_name


caller()

# exc_info inside a generator while the loop's frame handles an exception.
def show_exc():
    yield repr(sys.exc_info()[1])
    try:
        raise OSError("inner")
    except OSError:
        yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])


try:
    raise TypeError("outer")
except TypeError:
    for x in show_exc():
        print("exc_info:", x, "| outer:", repr(sys.exc_info()[1]))
print("exc_info after:", sys.exc_info())

# Closing the generator from the loop body ends the loop.
g = with_handlers(5)
for x in g:
    print("close at", x)
    g.close()
print("closed:", list(g))

# A generator started by next() and finished by a for loop (and the other way).
g = count(4)
print(next(g), next(g))
print(list(x for x in g))

# Deep recursion through generators reaches the recursion limit cleanly.
def deep(n):
    yield n
    for x in deep(n + 1):
        yield x


try:
    for x in deep(0):
        pass
except RecursionError as e:
    print("RecursionError", e)
print("last", x > 100)

# Generators in comprehensions, enumerate/zip and unpacking.
print([x * 2 for x in count(4)], {x for x in count(3)}, dict((x, x) for x in count(2)))
print([(i, x) for i, x in enumerate(count(3))], list(zip(count(3), count(5))))
p, q, *r = count(5)
print(p, q, r)

# A generator raising inside a try/finally of its own, driven by for.
def cleanup():
    try:
        yield 1
        yield 1 / 0
    finally:
        print("  cleanup finally")


try:
    for x in cleanup():
        print("cleanup", x)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
    print([f.name for f in traceback.extract_tb(e.__traceback__)])

# The uncaught error at the end: its traceback goes through the generator frame.
for x in raiser(1):
    print("last loop", x)
