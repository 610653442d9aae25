# What a called function's frame shows: sys._getframe names, locals and globals, the caller
# chain, closures over the caller's variables (also when called with keywords or defaults),
# and generators and coroutines made by calling a function (with all kinds of arguments).
import sys


def where(depth=0):
    f = sys._getframe(depth + 1)
    return f.f_code.co_name


def outer(a, b=5, *rest, key="k"):
    inner_total = a + b

    def inner(x, y=1):
        return inner_total + x + y + len(rest)

    names = [where(), sys._getframe().f_code.co_name]
    loc = sorted(locals())
    return inner(1), inner(x=2, y=3), names, loc, sys._getframe().f_globals is globals()


print(outer(1))
print(outer(1, 2, 3, 4, key="z"))


def chain():
    f = sys._getframe()
    out = []
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out


def c1(x=0):
    return chain()


def c2(*a):
    return c1(x=1)


print(c2(), c1())


def counter(start, step=1, *, stop=None):
    n = start
    while stop is None or n < stop:
        yield n
        n += step


print(list(counter(0, stop=3)), list(counter(10, 5, stop=30)), next(counter(start=7)))
gens = [counter(i, stop=i + 2) for i in range(3)]
print([list(g) for g in gens])


async def co(a, b=2, **kw):
    return a + b + sum(kw.values())


def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value


print(run(co(1)), run(co(1, 5)), run(co(a=1, x=10)))
c = co(0)
print(type(c).__name__)
c.close()


def make_adders():
    return [lambda x, i=i: x + i for i in range(4)]


print([f(10) for f in make_adders()], [f(x=1) for f in make_adders()])
