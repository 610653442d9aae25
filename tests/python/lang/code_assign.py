# Assigning f.__code__ replaces the code later calls run; frames already running keep theirs.
def f(a, b=2):
    return ("f", a, b)

def g(x, y=10):
    return ("g", x, y)

orig = f.__code__
f.__code__ = g.__code__
print(f(1), f(1, 3), f.__code__.co_name, f.__code__.co_varnames, f.__name__)
print(f.__defaults__)
f.__defaults__ = (7,)
print(f(1), g(1))
f.__code__ = orig
print(f(5), f.__code__.co_name)

# Keyword calls, methods and class instantiation go through the new code.
class C:
    def __init__(self, v):
        self.v = v
    def m(self, k=0):
        return ("m", self.v, k)
def m2(self, k=0):
    return ("m2", self.v, k * 2)
def init2(self, v):
    self.v = v * 100
C.m.__code__ = m2.__code__
C.__init__.__code__ = init2.__code__
c = C(3)
print(c.m(), c.m(k=4), C.m(c, 5), [c.m() for _ in range(2)])

# A frame running when its function's code is swapped finishes in the old code.
def rec(n):
    if n == 0:
        rec.__code__ = other.__code__
        return "swapped"
    r = rec(n - 1)
    return (n, r)
def other(n):
    return ("other", n)
print(rec(2), rec(2))

# A suspended generator keeps its code too.
def gen():
    yield 1
    yield 2
def gen2():
    yield "a"
it = gen()
print(next(it))
gen.__code__ = gen2.__code__
print(next(it), list(gen()))

# Errors.
def h():
    pass
for bad in (None, 1, "code", h):
    try:
        h.__code__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    del h.__code__
except TypeError as e:
    print("TypeError:", e)
def outer():
    z = 1
    def inner():
        return z
    return inner
cl = outer()
try:
    h.__code__ = cl.__code__
except ValueError as e:
    print("ValueError:", e)
try:
    cl.__code__ = h.__code__
except ValueError as e:
    print("ValueError:", e)
def outer2():
    w = 5
    def inner2():
        return w * 2
    return inner2
cl.__code__ = outer2().__code__
print(cl(), cl.__code__.co_freevars)

# Docstring and name follow: __doc__ comes from the code, __name__ stays.
def d1():
    "doc one"
def d2():
    "doc two"
d1.__code__ = d2.__code__
print(d1.__doc__, d1.__name__, d1.__qualname__)
d1.__name__ = "renamed"
print(d1.__name__, d1.__code__.co_name)
try:
    d1(1)
except TypeError as e:
    print("TypeError:", e)

# A lambda and a decorated function.
import functools
lam = lambda x: x + 1
lam.__code__ = (lambda x: x * 10).__code__
print(lam(3), list(map(lam, [1, 2])), sorted([3, 1, 2], key=lam))
@functools.lru_cache
def cached(x):
    return x
cached.__wrapped__.__code__ = (lambda x: -x).__code__
print(cached(4))

# A method called with no arguments on a local (its own fast path).
class P:
    def m(self):
        return "old"
def use():
    p = P()
    return [p.m() for _ in range(2)], p.m()
print(use())
P.m.__code__ = (lambda self: "new").__code__
print(use())
