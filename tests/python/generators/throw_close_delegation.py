# throw() and close() on a generator paused in `yield from` reach the innermost generator
# first (PEP 380): what it yields, returns or raises decides what the outer one sees.
def leaf(log):
    try:
        yield "leaf-1"
        yield "leaf-2"
    except KeyError as e:
        log.append("leaf caught " + repr(e))
        yield "leaf-recovered"
        return "leaf-result"
    finally:
        log.append("leaf finally")


def mid(log):
    try:
        r = yield from leaf(log)
        log.append("mid got " + repr(r))
        yield "mid-after"
    except ValueError:
        log.append("mid caught ValueError")
        yield "mid-recovered"
    finally:
        log.append("mid finally")


def top(log):
    r = yield from mid(log)
    log.append("top got " + repr(r))


log = []
g = top(log)
print(next(g), g.throw(KeyError("k")), next(g), next(g, "exhausted"))
print(log)

log = []
g = top(log)
print(next(g), g.throw(ValueError), log)
g.close()
print(log)

log = []
g = top(log)
next(g)
g.close()
print("closed:", log)

log = []
g = top(log)
next(g)
try:
    g.throw(TypeError("boom"))
except TypeError as e:
    print("propagated:", e, log)


def over_list():
    yield from [1, 2, 3]


g = over_list()
next(g)
try:
    g.throw(IndexError("into list iterator"))
except IndexError as e:
    print("list iterator has no throw:", e)


class Thrower:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        return self.n

    def throw(self, exc):
        print("Thrower.throw got", type(exc).__name__)
        if isinstance(exc, KeyError):
            raise StopIteration("thrower-done")
        return "thrown-value"

    def close(self):
        print("Thrower.close")


def over_thrower():
    r = yield from Thrower()
    print("over_thrower got", r)
    yield "end"


g = over_thrower()
print(next(g), g.throw(ValueError), g.throw(KeyError), next(g, None))
g.close()
g2 = over_thrower()
next(g2)
g2.close()


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def outer_stubborn():
    yield from stubborn()


g = outer_stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def selfish():
    yield from inner_ref[0]


def reenter():
    yield 1
    g2.throw(ValueError)
    yield 2


g2 = None
inner_ref = [reenter()]
g2 = selfish()
next(g2)
try:
    next(g2)
except ValueError as e:
    print("ValueError:", e)
