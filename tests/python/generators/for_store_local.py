"""`for x in gen` whose loop variable is a plain local (`ForIterStoreFast`): the generator's
`yield` stores the item into the local itself. Old values dropped in order, the variable
after the loop, break, errors, re-entry, close, delegation, traceback positions."""
import sys
import traceback


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def noisy(n):
    for i in range(n):
        yield Noisy("n%d" % i)


def failing(n):
    for i in range(n):
        yield i
    raise ValueError("failing after %d" % n)


def stop_inside():
    yield 1
    raise StopIteration("oops")


def delegating():
    yield "start"
    r = yield from count(2)
    yield r
    yield from noisy(2)
    yield "end"


def exprs():
    got = yield "first"
    print("  got", got)
    got = yield "second"
    print("  got", got)


def main():
    total = 0
    for x in count(5):
        total += x
    print("sum", total, "x after", x)

    print("drops in order:")
    for item in noisy(3):
        print("  have", item.name)
    print("  last", item.name)
    del item

    print("break and resume:")
    g = count(6)
    for x in g:
        if x == 2:
            break
    print("  broke at", x)
    for y in g:
        print("  resumed", y)
    print("  after y", y)

    print("empty:")
    x = "untouched"
    for x in count(0):
        print("never")
    print("  x", x)

    print("error:")
    seen = []
    try:
        for v in failing(3):
            seen.append(v)
    except ValueError as e:
        print("  caught", e, seen, "v", v)

    print("PEP 479:")
    try:
        for v in stop_inside():
            print("  got", v)
    except RuntimeError as e:
        print("  RuntimeError", e, type(e.__cause__).__name__)

    print("delegation:")
    for d in delegating():
        print("  item", d if isinstance(d, (str, int)) else d.name)
    del d

    print("yield expressions:")
    for e in exprs():
        print("  e", e)

    print("re-entered:")
    def reenter():
        for z in it:
            yield z

    it = reenter()
    try:
        for w in it:
            print("never", w)
    except ValueError as e:
        print("  ValueError", e)

    print("closed:")
    g = count(3)
    for a in g:
        g.close()
        print("  closed after", a)
    print("  after loop", a, list(g))

    print("nested over one generator:")
    g = count(6)
    for p in g:
        for q in g:
            print("  pair", p, q)
            break

    print("state from inside:")
    def probe():
        yield gen.gi_running
        yield sys._getframe(1).f_code.co_name

    gen = probe()
    for s in gen:
        print("  ", s)

    print("closure cell target:")
    def cell_user():
        for c in count(3):
            pass
        return lambda: c

    print("  ", cell_user()())

    print("traceback:")
    try:
        for t in failing(1):
            pass
    except ValueError:
        tb = traceback.format_exc().splitlines()
        print("\n".join(line for line in tb if "File" not in line))


main()


def at_module_level():
    pass


for m in count(3):
    print("module", m)
print("module after", m)
for m in failing(1):
    print("module", m)
