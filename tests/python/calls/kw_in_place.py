# Keyword calls bound in place by interned-name identity (eval.rs bind_kw_in_place), and every
# case that must fall back to the general binding with CPython's exact errors.


def f(a, b, c):
    return (a, b, c)


def g(a, b=2, c=3, *, d, e=5):
    return (a, b, c, d, e)


def po(a, b, /, c, d=4):
    return (a, b, c, d)


def kwo(*, x, y=10):
    return (x, y)


def many(a, b, c, d, e, f, g=7):
    return (a, b, c, d, e, f, g)


def err(fn, *args, **kw):
    try:
        fn(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)


for i in range(3):
    print(f(i, c=2, b=1), f(c=i, a=0, b=1), f(1, 2, c=i))
    print(g(i, d=4), g(i, 9, d=1, e=2), g(a=i, d=0, c=8))
    print(po(1, 2, c=i), po(1, 2, d=i, c=3))
    print(kwo(x=i), kwo(y=i, x=1))
    print(many(1, 2, 3, a=None) if False else many(1, 2, 3, d=4, e=5, f=6))
    print(many(1, 2, 3, 4, 5, f=6, g=i))

# Errors: unexpected, multiple values, missing, positional-only passed by keyword.
# Each twice: through a direct keyword call (the in-place path's fallback) and through
# f(*args, **kwargs).
for _ in range(2):
    err(lambda: f(1, b=2, z=3))
    err(lambda: f(1, a=2, c=3))
    err(lambda: f(1, c=3))
    err(lambda: g(1, e=3))
    err(lambda: po(1, b=2, c=3))
    err(lambda: kwo(y=1))
    err(lambda: f(1, 2, 3, c=4))
    err(lambda: many(1, 2, 3, 4, 5, 6, 7, 8, a=1))
    err(lambda: kwo(1, x=2))
    err(f, 1, b=2, z=3)
    err(f, 1, a=2, c=3)
    err(po, 1, b=2, c=3)
    err(many, 1, 2, 3, 4, 5, 6, 7, 8, a=1)
err(f, 1, **{"b": 2, "c": 3})
err(f, 1, **{"b": 2, "q": 3})
err(f, 1, **{"".join(["b"]): 2, "c": 3})
print(f(1, **{"".join(["c"]): 3, "b": 2}))

# Defaults changed after the first call are seen; keyword-only defaults too.
g.__defaults__ = (20, 30)
print(g(1, d=0))
g.__kwdefaults__ = {"e": 50}
print(g(1, d=0), g(1, 2, d=0, c=9))
g.__kwdefaults__ = None
err(g, 1, d=0)
err(po, 1, 2, z=1, a=5)
err(po, 1, 2, 3, 4, 5, b=1)
err(f, 1, 2, 3, 4, z=1)

# A long keyword name (not interned as a constant) and a non-ASCII one.
def long(a_very_long_parameter_name_that_is_longer_than_32=1, é=2):
    return (a_very_long_parameter_name_that_is_longer_than_32, é)


print(long(a_very_long_parameter_name_that_is_longer_than_32=5, é=6))
print(long(é=7))

# Methods, classes and lambdas with keywords.
class C:
    def __init__(self, x, y=0):
        self.v = (x, y)

    def m(self, p, q=1):
        return (self.v, p, q)


c = C(y=2, x=1)
print(c.v, c.m(q=5, p=4), C.m(c, p=1), (lambda u, w=0: u - w)(w=1, u=5))
err(c.m, p=1, self=2)
err(C, y=1)


def gen(a, b):
    yield a
    yield b


print(list(gen(b=2, a=1)))


def cl(x):
    def inner(p, q):
        return x + p - q

    return inner


print(cl(10)(q=1, p=2))
