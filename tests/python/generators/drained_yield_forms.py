"""Generators run to their end by natives (sum, min, max, any, all, list, tuple, sorted,
join, set, dict): a `yield` statement goes on past its `PopTop`, a `yield` expression gets
None, and a run that stops at an item needing Python code resumes the same way."""
import sys


def stmt(n):
    for i in range(n):
        yield i
        print("  after yield", i)


def expr(n):
    for i in range(n):
        got = yield i
        print("  got", got)


def expr_in_call(n):
    for i in range(n):
        print("  value", (yield i))


def nested_try(n):
    try:
        for i in range(n):
            try:
                yield i
            finally:
                print("  finally", i)
    finally:
        print("  outer finally")


def with_stack(n):
    # A yield inside an expression: the stack below it must survive the fold.
    for i in range(n):
        total = 100 + (yield i) if False else 100 + i
        yield total


print(sum(stmt(3)))
print(sum(expr(3)))
print(sum(expr_in_call(3)))
print(sum(nested_try(3)))
print(list(stmt(2)), tuple(expr(2)), sorted(expr_in_call(2), reverse=True))
print(min(stmt(3)), max(expr(3)), any(x > 1 for x in stmt(4)), all(x < 2 for x in expr(4)))
print("".join(str(x) for x in stmt(3)), set(expr(2)), dict((x, x) for x in stmt(2)))
print(sum(with_stack(3)))


class Loud:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        print("  radd", other, self.v)
        return other + self.v

    def __bool__(self):
        print("  bool", self.v)
        return bool(self.v)


def mixed():
    yield 1
    print("  before loud")
    yield Loud(10)
    print("  after loud")
    got = yield 2
    print("  got", got)
    yield 3
    print("  end")


print(sum(mixed()))
print(any(mixed()), all(mixed()))
print(sum(x for x in [1, 2, Loud(5), 4]))

# Partly taken by next(), then drained: the paused yield statement is resumed once.
g = stmt(4)
print(next(g), next(g))
print(sum(g))
g = expr(4)
print(next(g), g.send("sent"))
print(list(g))

# Partly drained by any(), then by next() and send().
g = expr(6)
print(any(x == 2 for x in [0]), any(v >= 2 for v in g))
print(next(g))
print(g.send("hello"))
print(list(g))

# Errors raised after a folded yield keep their traceback lines.
def boom(n):
    for i in range(n):
        yield i
    raise ValueError("boom at the end")


try:
    sum(boom(3))
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("ValueError", e, lines)


def peek_frame(n):
    for i in range(n):
        yield i
        print("  line", sys._getframe().f_lineno)


print(sum(peek_frame(2)))

# StopIteration inside the drained generator is a RuntimeError (PEP 479).
def stops():
    yield 1
    raise StopIteration("inner")


try:
    print(sum(stops()))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)

# The generator after the drain is finished.
g = stmt(2)
print(sum(g), list(g), next(g, "done"))
