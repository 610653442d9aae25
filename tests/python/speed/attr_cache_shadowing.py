"""Attribute inline caches after first use: shadowing, patching, hooks, descriptors, slots, __class__."""


class Base:
    kind = "base-class-attr"

    def __init__(self, n):
        self.n = n
        self.tag = "t%d" % n

    def describe(self):
        return "Base(%d)" % self.n

    def twice(self):
        return self.n * 2


class Sub(Base):
    def describe(self):
        return "Sub(%d)" % self.n


def read_all(o):
    return o.n, o.tag, o.kind, o.describe(), o.twice()


def warm(objs, rounds=30):
    out = None
    for _ in range(rounds):
        for o in objs:
            out = read_all(o)
    return out


a, b, s = Base(1), Base(2), Sub(3)
print("start", warm([a, b, s]), read_all(a), read_all(s))

# An instance attribute set later over a class attribute.
b.kind = "instance-kind"
print("shadow class attr", read_all(a)[2], read_all(b)[2], read_all(s)[2])
del b.kind
print("unshadowed", read_all(b)[2])

# The class attribute replaced.
Base.kind = "replaced"
print("class attr replaced", warm([a, b, s], 3))
Sub.kind = "sub-kind"
print("sub attr added", read_all(a)[2], read_all(s)[2])
del Sub.kind
print("sub attr removed", read_all(s)[2])

# A method monkey-patched on the class, then on one instance.
Base.twice = lambda self: self.n * 100
print("class patch", warm([a, b, s], 3), read_all(s))
b.twice = lambda: "instance twice"
print("instance patch", read_all(a)[4], read_all(b)[4], read_all(s)[4])
b.describe = "not callable"
try:
    read_all(b)
except TypeError as e:
    print("TypeError", e)
del b.describe
del b.twice
print("instance patch removed", read_all(b))
Sub.describe = Base.describe
print("sub method replaced", read_all(s))
del Sub.describe
print("sub method removed", read_all(s))

# Attributes deleted after being cached.
del a.tag
try:
    read_all(a)
except AttributeError as e:
    print("AttributeError", e)
a.tag = "back"
print("set again", read_all(a))
for i in range(5):
    c = Base(i)
    if i % 2:
        del c.n
        c.n = -i  # now after `tag` in the dict
    print("layout", i, read_all(c))


# __getattr__ and __getattribute__ added after the caches filled.
class Hooked:
    def __init__(self):
        self.x = 1

    def m(self):
        return "m"


def use_hooked(h):
    try:
        return h.x, h.m(), h.missing
    except AttributeError as e:
        return h.x, h.m(), "AttributeError: %s" % e


h = Hooked()
for _ in range(20):
    r = use_hooked(h)
print("no hooks", r)
Hooked.__getattr__ = lambda self, name: "getattr:" + name
print("with __getattr__", use_hooked(h))
Hooked.__getattribute__ = lambda self, name: "getattribute:" + name
print("with __getattribute__", h.x, h.missing)
try:
    h.m()
except TypeError as e:
    print("TypeError", e)
del Hooked.__getattribute__
print("__getattribute__ removed", use_hooked(h))
del Hooked.__getattr__
print("__getattr__ removed", use_hooked(h))

# __setattr__ added later.
for i in range(20):
    h.x = i
print("before __setattr__", h.x)
Hooked.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 10)
for i in range(3):
    h.x = i
print("with __setattr__", h.x)
del Hooked.__setattr__
h.x = 7
print("__setattr__ removed", h.x)


# Data and non-data descriptors added to the class over a cached instance attribute.
class Desc:
    def __init__(self):
        self.v = "instance v"
        self.w = "instance w"


class DataDesc:
    def __get__(self, obj, owner=None):
        return "data descriptor"

    def __set__(self, obj, value):
        print("DataDesc.__set__", value)


class NonDataDesc:
    def __get__(self, obj, owner=None):
        return "non-data descriptor"


def read_vw(d):
    return d.v, d.w


d = Desc()
for _ in range(20):
    r = read_vw(d)
print("plain", r)
Desc.v = DataDesc()
Desc.w = NonDataDesc()
print("descriptors added", read_vw(d))
for i in range(3):
    d.v = i
    d.w = i
print("after stores", read_vw(d), sorted(d.__dict__.items()))
Desc.v = property(lambda self: "property v")
print("property", read_vw(d))
try:
    d.v = 1
except AttributeError:
    # (Not the message: CPython names the property only when it was made in a class body.)
    print("AttributeError on a property without a setter")
del Desc.v
del Desc.w
print("descriptors removed", read_vw(d))


# __slots__: reads and writes through the same code as dict instances; unset slots.
class Slotted:
    __slots__ = ("n", "tag")

    def __init__(self, n):
        self.n = n
        self.tag = "slot%d" % n

    def describe(self):
        return "Slotted(%d)" % self.n

    def twice(self):
        return self.n * 2

    kind = "slotted-kind"


objs = [Base(5), Slotted(6), Sub(7), Slotted(8)]
print("mixed", [read_all(o) for o in objs])
sl = Slotted(9)
del sl.tag
try:
    read_all(sl)
except AttributeError as e:
    print("AttributeError", e)
try:
    del sl.tag
except AttributeError as e:
    print("AttributeError", e)
try:
    sl.other = 1
except AttributeError as e:
    print("AttributeError", e)
sl.tag = "again"
print("slot set again", read_all(sl))


def bump_slots(o, k):
    for _ in range(k):
        o.n += 1
    return o.n


print("slot writes", bump_slots(Slotted(0), 50), bump_slots(Base(0), 50))


# __class__ assignment between classes of the same layout.
class P:
    def __init__(self):
        self.x = "px"

    def who(self):
        return "P"


class Q:
    y = "class y of Q"

    def who(self):
        return "Q"


def who(o):
    return o.who(), o.x, getattr(o, "y", "no y")


p = P()
for _ in range(20):
    r = who(p)
print("as P", r)
p.__class__ = Q
print("as Q", who(p))
p.__class__ = P
print("as P again", who(p))


class SP:
    __slots__ = ("a",)


class SQ:
    __slots__ = ("a",)

    def get(self):
        return "SQ", self.a


sp = SP()
sp.a = 1
sp.__class__ = SQ
print("slots class change", sp.get())


# A class with a metaclass: class attributes through the metaclass and instances.
class Meta(type):
    meta_attr = "from meta"

    def shout(cls):
        return cls.__name__.upper()


class WithMeta(metaclass=Meta):
    own = "own"

    def __init__(self):
        self.i = 1

    def m(self):
        return self.i + 1


def use_meta(c, o):
    return c.own, c.meta_attr, c.shout(), o.i, o.m(), o.own


for _ in range(20):
    r = use_meta(WithMeta, WithMeta())
print("metaclass", r)
Meta.meta_attr = "meta changed"
WithMeta.own = "own changed"
print("metaclass changed", use_meta(WithMeta, WithMeta()))
try:
    WithMeta().meta_attr
except AttributeError as e:
    print("AttributeError", e)


# A method name sharing hash bits with instance attributes: many attributes per instance.
class Many:
    def __init__(self):
        for i in range(40):
            setattr(self, "a%d" % i, i)

    def get(self):
        return "method"


mm = Many()
for _ in range(20):
    r = mm.get()
print("many attrs", r, mm.a39)
mm.get = lambda: "instance attr"
print("many attrs shadowed", mm.get())
del mm.get
print("many attrs unshadowed", mm.get())


# Builtin types called after their __new__ was remembered, and subclasses of them.
class MyRange:
    def __init__(self, n):
        self.n = n


class MyInt(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


for _ in range(20):
    r = (list(range(3)), int("7"), str(5), MyInt(4), MyRange(2).n)
print("builtin calls", r, type(r[3]).__name__)


# Plain class attributes read through instances (numbers, strs, tuples, None) next to
# descriptors of other kinds; shadowed by the instance later, also via setattr and __dict__.
class Consts:
    LIMIT = 10
    NAME = "consts"
    PAIR = (1, 2)
    NOTHING = None
    RATIO = 0.5
    Inner = int
    sm = staticmethod(lambda x: x * 3)
    cm = classmethod(lambda cls, x: (cls.__name__, x))

    def __init__(self):
        self.own = 1


class MoreConsts(Consts):
    NAME = "more"


def read_consts(o):
    return (o.LIMIT, o.NAME, o.PAIR, o.NOTHING, o.RATIO, o.Inner("7"), o.sm(2), o.cm(1),
            o.own)


k, mk = Consts(), MoreConsts()
for _ in range(20):
    r = (read_consts(k), read_consts(mk))
print("consts", r)
setattr(k, "LIMIT", 99)
k.__dict__["NAME"] = "from __dict__"
print("consts shadowed", read_consts(k), read_consts(mk))
del k.LIMIT
Consts.PAIR = (3, 4)
MoreConsts.LIMIT = -1
print("consts changed", read_consts(k), read_consts(mk))
del MoreConsts.NAME
Consts.NOTHING = property(lambda self: "now a property")
print("consts descriptors", read_consts(k), read_consts(mk))
