"""The quick paths of instance attribute loads and stores, method calls and isinstance.

Attribute reads and writes check one inline-cache slot and the instance dict entry it
names; method calls skip the instance-dict scan when no key of the name's hash bit was ever
added. Each case below changes something those shortcuts rely on between two uses.
"""


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y

    def get_x(self):
        return self.x


def read_all(objs):
    return [(o.x, o.y) for o in objs]


def write_all(objs, v):
    for o in objs:
        o.x = v


ps = [P(i, -i) for i in range(5)]
print(read_all(ps))
write_all(ps, 7)
print(read_all(ps))

# Attributes deleted and re-added land at other dict positions: reads must follow them.
del ps[0].x
ps[0].x = "back"
print(read_all(ps))
for p in ps[1:3]:
    del p.y
    p.y = "moved"
print(read_all(ps))
write_all(ps, 9)
print(read_all(ps))

# Instances whose dicts hold other names first.
q = P.__new__(P)
q.z = 1
q.y = 2
q.x = 3
print(read_all([q] + ps[:1]))
write_all([q], 4)
print(q.__dict__)

# A method shadowed by an instance attribute after calls filled the cache.
print([p.norm() for p in ps[3:]])
ps[4].norm = lambda: "shadowed"
print([p.norm() for p in ps[3:]])
del ps[4].norm
print([p.norm() for p in ps[3:]])

# Many attributes (the instance dict outgrows the scanned size) and then a shadowing one.
big = P(1, 2)
for i in range(20):
    setattr(big, "a%d" % i, i)
print(big.norm(), big.get_x())
big.get_x = lambda: "own"
print(big.get_x(), ps[3].get_x())

# Cleared instance dict: the method is visible again, the attributes are gone.
big.__dict__.clear()
try:
    big.get_x()
except AttributeError as e:
    print("AttributeError:", e)
big.x = 5
print(big.get_x())

# The old value's __del__ runs when a store replaces it and sees the new value.
class Noisy:
    def __init__(self, owner, tag):
        self.owner = owner
        self.tag = tag

    def __del__(self):
        print("del", self.tag, "owner now holds", getattr(self.owner.x, "tag", None))


holder = P(None, 0)
holder.x = Noisy(holder, "first")
for tag in ["second", "third"]:
    holder.x = Noisy(holder, tag)
print("after stores", holder.x.tag)
holder.x = None
print("cleared")

# A class attribute made a property later takes over reads and writes.
class Q:
    def __init__(self):
        self.v = 1


def read_v(objs):
    return [o.v for o in objs]


qs = [Q(), Q()]
print(read_v(qs))
Q.v = property(lambda self: "prop", lambda self, val: print("set", val))
print(read_v(qs))
for o in qs:
    o.v = 2
print(read_v(qs))
del Q.v
print(read_v(qs))

# isinstance with plain classes, subclasses, builtins, tuples and a metaclass hook.
class Base:
    pass


class Child(Base):
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "anything"


class Hooked(metaclass=Meta):
    pass


class MyStr(str):
    pass


for obj in [1, 1.5, "s", MyStr("m"), [1], (1,), {}, Base(), Child(), True, None]:
    print(
        type(obj).__name__,
        isinstance(obj, int),
        isinstance(obj, str),
        isinstance(obj, Base),
        isinstance(obj, Child),
        isinstance(obj, (list, tuple)),
        isinstance(obj, object),
        isinstance(obj, Hooked),
    )
print(isinstance("anything", Hooked), isinstance("other", Hooked))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
