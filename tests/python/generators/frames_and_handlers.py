"""Generators run on their own value stack: try/except/finally and with blocks that stay open
across yields, exceptions being handled while a generator yields, throw into an open handler,
generators resumed from inside other generators' handlers, recursion inside a generator,
and errors that end a generator while its caller is in the middle of an expression."""

import sys


def handler_across_yields():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield repr(sys.exc_info()[1])
    yield sys.exc_info()[0]


def finally_across_yields(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")


class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, *a):
        self.log.append(("exit", a[0].__name__ if a[0] else None))
        return False


def with_across_yields(log):
    with Ctx(log):
        yield "in"
        yield "still in"
    yield "out"


def catcher():
    while True:
        try:
            x = yield
            print("got", x)
        except ValueError as e:
            print("caught", e)
            yield "handled"


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


def recursing():
    for n in (10, 200, 5):
        yield deep(n)


def inner_gen():
    try:
        yield 1
        raise RuntimeError("inner failed")
    except RuntimeError as e:
        yield "inner caught " + str(e)


def outer_gen():
    try:
        raise TypeError("outer")
    except TypeError:
        for v in inner_gen():
            yield (v, sys.exc_info()[0].__name__)
        yield sys.exc_info()[0].__name__


def failing():
    yield 1
    yield 1 // 0


def caller_mid_expression():
    g = failing()
    try:
        return [10 + next(g), 20 + next(g)]
    except ZeroDivisionError as e:
        return "caller saw " + str(e)


print(list(handler_across_yields()))
log = []
g = finally_across_yields(log)
print(next(g), log)
g.close()
print(log)
log = []
print(list(with_across_yields(log)), log)


def throw_into_with():
    steps = []
    gen = with_across_yields(steps)
    next(gen)
    try:
        return gen.throw(KeyError("boom"))
    except KeyError as e:
        return ["escaped", str(e), steps]


print(throw_into_with())
c = catcher()
next(c)
c.send(1)
print(c.throw(ValueError("bad")))
next(c)
c.send(2)
print(list(recursing()))
print(list(outer_gen()))
print(caller_mid_expression())
print(sys.exc_info())


def many_locals(n):
    a, b, c, d, e = 1, 2, 3, 4, 5
    for i in range(n):
        yield a + b + c + d + e + i
        a, b, c, d, e = b, c, d, e, a


print(sum(many_locals(1000)), max(x for x in many_locals(50)))
gens = [many_locals(3) for _ in range(4)]
print([next(g) for g in gens], [next(g) for g in gens], [list(g) for g in gens])


def runaway():
    yield from runaway()


try:
    next(runaway())
except RecursionError as e:
    print("RecursionError", type(e).__name__)
print(list(handler_across_yields()))
