"""Exception classes called in loops after their `__new__`/`__init__` were remembered: custom
`__init__`s, keywords, the subclasses whose instances get extra fields, and classes changed
after the first call; attributes read and set on exception instances."""


class E(Exception):
    pass


class V(Exception):
    def __init__(self, field, value):
        super().__init__("bad %s: %r" % (field, value))
        self.field = field
        self.value = value


class R(V):
    pass


class K(KeyError):
    pass


class NoSuper(Exception):
    def __init__(self, a, b=2):
        self.a = a
        self.b = b


for i in range(3):
    e = E(i, "x")
    print(type(e).__name__, e.args, str(e), repr(e))
    v = V("age", i)
    print(v.args, v.field, v.value, str(v))
    r = R("name", "")
    print(type(r).__name__, isinstance(r, V), r.args, r.field)
    k = K("key%d" % i)
    print(str(k), repr(k), k.args)
    n = NoSuper(i)
    print(n.args, n.a, n.b)
    n = NoSuper(a=i, b=5)
    print(n.args, n.a, n.b)

# Keywords: BaseException's __init__ takes none.
for i in range(2):
    try:
        E(1, x=2)
    except TypeError as err:
        print("TypeError:", err)
    try:
        V("f")
    except TypeError as err:
        print("TypeError:", err)

# Classes whose instances get extra fields keep them on every call.
for i in range(2):
    o = OSError(2, "No such file")
    print(type(o).__name__, o.errno, o.strerror)
    o = OSError("plain")
    print(type(o).__name__, o.errno, o.args)
    im = ImportError("nope", name="mod", path="/p")
    print(im.name, im.path, im.msg)
    ne = NameError("n", name="x")
    print(ne.name, ne.args)
    ae = AttributeError("a", name="y", obj=5)
    print(ae.name, ae.obj)
    se = SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 3))
    print(se.msg, se.filename, se.lineno, se.offset, se.text)
    try:
        ValueError(1, foo=2)
    except TypeError as err:
        print("TypeError:", err)
    try:
        NameError("n", foo=2)
    except TypeError as err:
        print("TypeError:", err)


class MyOS(OSError):
    pass


class MyImport(ImportError):
    pass


for i in range(2):
    m = MyOS(2, "gone")
    print(type(m).__name__, m.errno, m.strerror)
    mi = MyImport("x", name="m")
    print(mi.name, mi.msg, mi.args)


# `__init__` added, replaced and removed after the class was called.
class Later(Exception):
    pass


print(Later(1).args)
print(Later(1).args)


def later_init(self, x):
    Exception.__init__(self, x * 2)
    self.x = x


Later.__init__ = later_init
print(Later(3).args, Later(3).x)
del Later.__init__
print(Later(4).args, hasattr(Later(4), "x"))


# `__new__` added later.
class WithNew(Exception):
    pass


print(WithNew("a").args)


def new(cls, *args):
    self = Exception.__new__(cls, "from new")
    self.made = True
    return self


WithNew.__new__ = new
w = WithNew("a")
print(w.args, w.made)


# `__init__` returning something.
class BadInit(Exception):
    def __init__(self):
        return 5


for i in range(2):
    try:
        BadInit()
    except TypeError as err:
        print("TypeError:", err)

# Attributes of exception instances: the fields exceptions keep themselves, instance values,
# class values, methods and properties.


class Attrs(Exception):
    LIMIT = 10

    def __init__(self, x):
        super().__init__(x)
        self.x = x

    def double(self):
        return self.x * 2

    @property
    def p(self):
        return self.x + 100

    @p.setter
    def p(self, v):
        self.x = v - 100


for i in range(2):
    a = Attrs(i)
    print(a.x, a.LIMIT, a.double(), a.p, a.args)
    a.p = 150
    print(a.x, a.p)
    a.LIMIT = 3
    print(a.LIMIT, Attrs.LIMIT)
    a.args = (1, 2)
    print(a.args, str(a))
    try:
        a.args = 5
    except TypeError as err:
        print("TypeError:", err)
    a.__cause__ = KeyError("c")
    print(repr(a.__cause__), a.__suppress_context__)
    a.__context__ = ValueError("v")
    print(repr(a.__context__))
    a.__suppress_context__ = False
    print(a.__suppress_context__)
    a.__traceback__ = None
    print(a.__traceback__)
    print(sorted(a.__dict__))
    try:
        a.missing
    except AttributeError as err:
        print("AttributeError:", err)
    a.__notes__ = ["n"]
    print(a.__notes__)


class Hooked(Exception):
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

    def __getattr__(self, name):
        return "default-" + name


for i in range(2):
    h = Hooked(i)
    h.y = i
    print(h.y, h.zz, h.args)


class GetAttribute(Exception):
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return super().__getattribute__(name)


for i in range(2):
    g = GetAttribute(i)
    g.val = i
    print(g.secret, g.val, g.args)

# Raise and catch in a loop, as the exceptions workload does.
counts = {"V": 0, "R": 0, "E": 0}
last = None
for i in range(30):
    try:
        if i % 3 == 0:
            raise R("age", i)
        if i % 3 == 1:
            raise V("name", i)
        raise E(i)
    except R as err:
        counts["R"] += 1
        last = err.field
    except V as err:
        counts["V"] += 1
        last = err.value
    except E as err:
        counts["E"] += 1
        last = err.args
print(counts, last)
