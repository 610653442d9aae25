"""`super()` on the paths the method call and attribute read take without a bound method:
single and multiple inheritance, classmethods and staticmethods, properties, builtin bases,
methods replaced after the first call, `__getattribute__` on the class, and the errors."""


class A:
    def m(self, x):
        return "A.m(%s)" % x

    def __init__(self):
        self.trail = ["A"]

    @classmethod
    def make(cls):
        return "A.make(%s)" % cls.__name__

    @staticmethod
    def st(x):
        return "A.st(%s)" % x

    @property
    def p(self):
        return "A.p"

    v = 10


class B(A):
    def m(self, x):
        return "B>" + super().m(x)

    def __init__(self):
        super().__init__()
        self.trail.append("B")

    @classmethod
    def make(cls):
        return "B>" + super().make()

    @staticmethod
    def st(x):
        return "B.st>" + super(B, B).st(x)

    @property
    def p(self):
        return "B>" + super().p


class C(A):
    def m(self, x):
        return "C>" + super().m(x)

    def __init__(self):
        super().__init__()
        self.trail.append("C")


class D(B, C):
    def m(self, x):
        return "D>" + super().m(x)

    def __init__(self):
        super().__init__()
        self.trail.append("D")

    def two_arg(self):
        return super(B, self).m("two")

    def val(self):
        return super().v

    def bound(self):
        f = super().m
        return f("bound")


for i in range(3):
    d = D()
    print(d.m(i), d.trail, D.make(), d.make(), D.st(i), d.p)
    print(d.two_arg(), d.val(), d.bound())
    print(B().m(i), C().m(i))

# A method replaced on a base after the call site saw it.
saved = A.m
A.m = lambda self, x: "new A.m(%s)" % x
print(D().m(1))
A.m = saved
print(D().m(2))
del C.m
print(D().m(3))


# Builtin bases: list and dict methods through super().
class L(list):
    def append(self, x):
        super().append(x * 2)

    def __len__(self):
        return super().__len__() + 100


class Dd(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v + 1)

    def get(self, k, default=None):
        return ("got", super().get(k, default))


for i in range(2):
    l = L()
    l.append(i)
    l.append(5)
    print(l, len(l))
    dd = Dd()
    dd["a"] = i
    print(dd, dd.get("a"), dd.get("zz", 0))


class Base:
    def __init__(self, *args, **kw):
        self.args = args
        self.kw = kw


class KW(Base):
    def __init__(self, a, **kw):
        super().__init__(a, **kw)


print(KW(1, x=2).args, KW(1, x=2).kw)


# `__init__` of object through super(), with and without arguments.
class Plain:
    def __init__(self):
        super().__init__()
        self.ok = True


print(Plain().ok)


class TooMany:
    def __init__(self):
        super().__init__(1)


for i in range(2):
    try:
        TooMany()
    except TypeError as err:
        print("TypeError:", err)


# Missing attributes.
class Miss(A):
    def go(self):
        return super().nothing()

    def go2(self):
        return super().nothing


for i in range(2):
    try:
        Miss().go()
    except AttributeError as err:
        print("AttributeError:", err)
    try:
        Miss().go2()
    except AttributeError as err:
        print("AttributeError:", err)


# A class with `__getattribute__`: super() bypasses it.
class GA(A):
    def __getattribute__(self, name):
        if name == "m":
            return lambda x: "hooked"
        return object.__getattribute__(self, name)

    def call_super(self):
        return super().m("via super")


print(GA().m(1), GA().call_super())


# super() where the first argument is captured by a closure.
class Cl(A):
    def m(self, x):
        def inner():
            return self
        inner()
        return "Cl>" + super().m(x)


print(Cl().m(7))


# super() in a classmethod walking a metaclass, and dunders.
class Meta(type):
    def __call__(cls, *a):
        inst = super().__call__(*a)
        inst.by_meta = True
        return inst

    def __repr__(cls):
        return "<Meta " + super().__repr__()[1:]


class WithMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x


w = WithMeta(4)
print(w.x, w.by_meta, repr(WithMeta).startswith("<Meta class"))


class S(str):
    def upper(self):
        return "S:" + super().upper()

    def __str__(self):
        return "S(" + super().__str__() + ")"


print(S("ab").upper(), str(S("cd")))


# super() object itself.
class Sp(A):
    def show(self):
        s = super()
        return type(s).__name__, s.m(1), s.__thisclass__.__name__


print(Sp().show())
print(Sp().show())
print(type(super(Sp, Sp()).__self__).__name__, super(Sp, Sp()).__self_class__.__name__)
print(super(Sp, Sp()).__class__.__name__)
