# Argument binding errors of Python functions, with CPython 3.11's messages: too many or too
# few positional arguments, unknown and duplicate keywords, keyword-only and positional-only
# parameters, *args and **kwargs, through plain calls, method calls and star calls.


def f(a, b, c=3):
    return (a, b, c)


def g(a, /, b, *, c, d=4):
    return (a, b, c, d)


def h(*args, **kwargs):
    return (args, sorted(kwargs.items()))


def k(a, *args, b, **kw):
    return (a, args, b, sorted(kw.items()))


class C:
    def m(self, x, y=2):
        return (x, y)

    def __init__(self, v):
        self.v = v


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, fn(*args, **kwargs))
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("f ok", f, 1, 2)
attempt("f kw", f, 1, c=5, b=6)
attempt("f many", f, 1, 2, 3, 4)
attempt("f few", f, 1)
attempt("f none", f)
attempt("f dup", f, 1, 2, a=3)
attempt("f unknown", f, 1, 2, z=3)
attempt("g ok", g, 1, 2, c=3)
attempt("g posonly kw", g, a=1, b=2, c=3)
attempt("g missing kwonly", g, 1, 2)
attempt("g too many", g, 1, 2, 3)
attempt("g too many kw", g, 1, 2, 3, c=1)
attempt("h", h, 1, 2, x=3, y=4)
attempt("k ok", k, 1, 2, 3, b=4, e=5)
attempt("k missing", k, 1, 2)
attempt("k none", k)
attempt("m ok", C(0).m, 1)
attempt("m kw", C(0).m, y=5, x=6)
attempt("m many", C(0).m, 1, 2, 3)
attempt("m none", C(0).m)
attempt("init none", C)
attempt("init many", C, 1, 2)
attempt("init kw", C, w=1)

# The same errors from direct calls (no star call in between).
try:
    f(1, 2, 3, 4, 5)
except TypeError as e:
    print("direct:", e)
try:
    f(b=1)
except TypeError as e:
    print("direct:", e)
try:
    C(0).m(1, x=1)
except TypeError as e:
    print("direct:", e)
try:
    g(1, 2, c=1, e=2)
except TypeError as e:
    print("direct:", e)
try:
    lam = lambda x, y: x
    lam(1)
except TypeError as e:
    print("direct:", e)
try:
    def many(a, b, c, d): pass
    many(1)
except TypeError as e:
    print("direct:", e)
try:
    many(1, 2, d=4)
except TypeError as e:
    print("direct:", e)
