"""Class calls whose __init__ runs as a frame of the calling loop: results, errors, frames,
cache invalidation when __init__ changes, keywords and generators in __init__."""
import sys
import traceback


class P:
    def __init__(self, a, b=2, *, c=3):
        self.t = (a, b, c)
        self.caller = sys._getframe(1).f_code.co_name
        self.names = sorted(locals())


def make():
    return P(1), P(1, c=5), P(a=7, b=8)


for p in make():
    print(p.t, p.caller, p.names)

# Binding errors name the function by its qualified name.
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"q": 1}), ((1,), {"a": 1})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, q=2)
except TypeError as e:
    print("TypeError:", e)
try:
    P()
except TypeError as e:
    print("TypeError:", e)


class R:
    def __init__(self, v):
        try:
            if v == "raise":
                raise KeyError(v)
            return v
        finally:
            self.done = True


for v in (None, 0, "x", (), "raise"):
    try:
        r = R(v)
        print("made", type(r).__name__, r.done)
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)


class G:
    def __init__(self):
        yield 1


try:
    G()
except TypeError as e:
    print("TypeError:", e)


class Inner:
    def __init__(self, n):
        if n < 0:
            raise ValueError("negative")
        self.n = n


class Outer:
    def __init__(self, n):
        try:
            self.inner = Inner(n)
        except ValueError as e:
            self.inner = None
            self.err = str(e)
        self.items = [Inner(i).n for i in range(3)]
        self.gen = sum(Inner(i).n for i in range(4))


o = Outer(-1)
print(o.inner, o.err, o.items, o.gen)
print(Outer(2).inner.n)


def tb_of(f):
    try:
        f()
    except Exception as e:
        return [(fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)]


print(tb_of(lambda: Outer(None)))
print(tb_of(lambda: R(5)))


# __init__ replaced, removed, made a callable object: the class call sees each change.
class C:
    def __init__(self):
        self.k = 1


print(C().k)
C.__init__ = lambda self: setattr(self, "k", 2)
print(C().k)
del C.__init__
print(hasattr(C(), "k"))
try:
    C(1)
except TypeError as e:
    print("TypeError:", e)


class D:
    pass


print(type(D()).__name__)


class Base:
    def __init__(self, x):
        self.x = x


class Sub(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y


s = Sub(1, 2)
print(s.x, s.y)
Base.__init__ = lambda self, x: setattr(self, "x", -x)
print(Sub(1, 2).x, Base(4).x)


class New:
    def __new__(cls, *a):
        print("new", a)
        return object.__new__(cls)

    def __init__(self, *a):
        print("init", a)


New(1, 2)


class Meta(type):
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)


class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a


print(M(3).a)


def deep(n):
    class K:
        def __init__(self, m):
            self.m = deep(m - 1) if m else 0
    return K(n)


print(deep(30).m.m.m is not None)


class Many:
    def __init__(self, *args, **kw):
        self.args, self.kw = args, kw


m = Many(1, 2, x=3)
print(m.args, m.kw, Many(*range(5)).args, Many(**{"a": 1}).kw)
