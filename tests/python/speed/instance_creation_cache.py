"""Calling a class reuses its __new__/__init__ until a class changes; fresh dicts fill in order."""


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


for i in range(3):
    p = P(i, i * 2)
    print(p.x, p.y, sorted(vars(p)))


def init2(self, x, y):
    self.y = y
    self.x = -x


P.__init__ = init2
p = P(5, 6)
print(p.x, p.y, list(vars(p)))
del P.__init__
try:
    P(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(type(P()).__name__, vars(P()))


class Base:
    def __init__(self):
        self.tag = "base"


class Child(Base):
    pass


for _ in range(2):
    print(Child().tag)
Base.__init__ = lambda self: setattr(self, "tag", "patched")
print(Child().tag)


def child_init(self):
    self.tag = "child"


Child.__init__ = child_init
print(Child().tag, Base().tag)


class Plain:
    pass


for _ in range(2):
    print(type(Plain()).__name__)
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain(k=1)
except TypeError as e:
    print("TypeError:", e)


class Order:
    def __init__(self, flip):
        if flip:
            self.b = 2
            self.a = 1
        else:
            self.a = 1
            self.b = 2


objs = [Order(i % 2 == 1) for i in range(6)]
print([list(vars(o)) for o in objs])
print([(o.a, o.b) for o in objs])


class Many:
    def __init__(self, n):
        for k in range(n):
            setattr(self, "f%d" % k, k)
        self.last = n
        self.a0 = 0
        self.a1 = 1
        self.a2 = 2
        self.a3 = 3
        self.a4 = 4
        self.a5 = 5
        self.a6 = 6
        self.a7 = 7
        self.a8 = 8
        self.a9 = 9


for n in (0, 3, 0, 12):
    m = Many(n)
    print(len(vars(m)), m.a9, m.last, list(vars(m))[:4])


class Redo:
    def __init__(self):
        self.p = 1
        del self.p
        self.q = 2
        self.p = 3


for _ in range(3):
    r = Redo()
    print(vars(r))


class WithNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


print(WithNew(1).v, WithNew(2).v)


class Returns:
    def __init__(self):
        return 5


for _ in range(2):
    try:
        Returns()
    except TypeError as e:
        print("TypeError:", e)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


for _ in range(2):
    s = Slotted()
    print(s.a, s.b)


class Meta(type):
    def __call__(cls, *args):
        print("meta call", args)
        return super().__call__(*args)


class M(metaclass=Meta):
    def __init__(self, z):
        self.z = z


print(M(4).z, M(5).z)


class Kw:
    def __init__(self, a, *, b=2):
        self.a = a
        self.b = b


print(vars(Kw(1)), vars(Kw(1, b=3)))
try:
    Kw()
except TypeError as e:
    print("TypeError:", e)
