# `obj.name = v` where both are locals (`self.x = x`), warm and then with things changed
# under the cache: other owners, hooks, descriptors, slots, unbound locals, finalizers.
import types


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def set_y(obj, k):
    for i in range(k):
        v = i * 2
        obj.y = v
    return obj.y


p = P(1, 2)
print(set_y(p, 50), p.__dict__)
q = P("a", "b")
print(set_y(q, 3), q.__dict__)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


s = Slotted(1, 2)
print(set_y(s, 10), s.x)
try:
    s2 = Slotted(0, 0)
    z = 5
    s2.z = z
except AttributeError as e:
    print("AttributeError", e)


class Hooked(P):
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 10 if isinstance(value, int) else value)


h = Hooked(3, 4)
print(set_y(h, 2), h.__dict__)


class Prop(P):
    @property
    def y(self):
        return self._y

    @y.setter
    def y(self, v):
        print("prop set", v)
        self._y = -v


r = Prop(5, 6)
print(set_y(r, 2), r.__dict__)


class ReadOnly(P):
    @property
    def y(self):
        return 0


try:
    ReadOnly(1, 2)
except AttributeError as e:
    print("AttributeError", e)

# Other kinds of owner at a warm site.
m = types.SimpleNamespace(y=0)
print(set_y(m, 4), m)
mod = types.ModuleType("mod")
print(set_y(mod, 4), mod.y)


class K:
    pass


print(set_y(K, 4), K.y)


def f():
    pass


print(set_y(f, 4), f.y)
for bad in (1, "s", None, (1,)):
    try:
        set_y(bad, 1)
    except AttributeError as e:
        print("AttributeError", e)

# The class gains a setter after the site is warm, then loses it.
print(set_y(p, 3))
P.y = property(lambda self: 7, lambda self, v: print("late setter", v))
print(set_y(p, 2), p.y, p.__dict__)
del P.y
print(set_y(p, 2), p.y)


# Unbound locals, either one.
def unbound_value(obj):
    obj.x = v
    v = 1


def unbound_owner(v):
    obj.x = v
    obj = P(0, 0)


for fn, arg in ((unbound_value, p), (unbound_owner, 1)):
    try:
        fn(arg)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


# The stored-over value's finalizer sees the new value; a jump into the middle of the
# triple (a conditional value) still stores.
class Noisy:
    def __init__(self, tag, owner):
        self.tag = tag
        self.owner = owner

    def __del__(self):
        print("del", self.tag, "owner has", self.owner.y)


def replace(obj):
    a = Noisy("first", obj)
    obj.y = a
    del a
    b = 42
    obj.y = b
    print("after store")


replace(P(0, 0))


def cond(obj, flag):
    v = 1
    w = 2
    obj.x = v if flag else w
    return obj.x


print(cond(p, True), cond(p, False))


# The dict replaced or cleared under a warm site; a new attribute on a fresh instance.
def set_x(obj, v):
    obj.x = v


for _ in range(3):
    set_x(p, 1)
p.__dict__ = {"y": 0}
set_x(p, 9)
print(p.__dict__)
p.__dict__.clear()
set_x(p, 10)
print(p.__dict__, vars(p))
e = P.__new__(P)
set_x(e, 11)
print(e.__dict__)


# `obj.name = constant`: the same owners and changes.
def set_consts(obj):
    obj.y = None
    obj.y = True
    obj.y = 2.5
    obj.y = "s"
    obj.y = (1, 2)
    obj.y = 7
    return obj.y


class Prop2(P):
    y = property(lambda self: self._y, lambda self, v: setattr(self, "_y", [v]))


for owner in (P(0, 0), Slotted(0, 0), Hooked(0, 0), Prop2(0, 0), m, mod, K, f):
    print(type(owner).__name__, set_consts(owner))
for bad in (1, None, ReadOnly.__new__(ReadOnly)):
    try:
        set_consts(bad)
    except AttributeError as e:
        print("AttributeError", e)


def const_unbound():
    obj.y = 0
    obj = P(0, 0)


try:
    const_unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def const_replace(obj):
    obj.y = Noisy("second", obj)
    obj.y = 0
    print("after const store")


const_replace(P(0, 0))
