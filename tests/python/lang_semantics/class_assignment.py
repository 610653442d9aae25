# obj.__class__ = Other: the type changes; CPython's layout and mutability checks and messages.
class A:
    def hi(self):
        return "A"


class B:
    def hi(self):
        return "B"


a = A()
a.x = 1
a.__class__ = B
print(a.hi(), type(a).__name__, a.__class__.__name__, a.x, vars(a))
print(isinstance(a, B), isinstance(a, A))


class L(list): pass
class L2(list): pass
class D(dict): pass
class S0:
    __slots__ = ()
class S1:
    __slots__ = ('x',)
class S1b:
    __slots__ = ('x',)
class S1c(S1): pass
class S3:
    __slots__ = ('x', '__dict__')
class W:
    __slots__ = ('__weakref__',)
class W2:
    __slots__ = ()


def t(o, c):
    try:
        o.__class__ = c
        print("ok", type(o).__name__)
    except TypeError as e:
        print("TypeError:", e)


t(A(), L); t(L(), A); t(L(), D); t(L([1, 2]), L2)
t(A(), S0); t(S0(), A); t(S1(), S1b); t(S1(), S1c); t(S1c(), S1); t(A(), S3); t(S1(), S3)
t(W(), W2)
t(A(), object); t(object(), A); t(A(), int); t(1, A); t("s", A); t([], L)
t(A(), 5); t(A(), "B")
s = S1()
s.x = 7
s.__class__ = S1b
print(s.x, type(s).__name__)
l = L([3, 1, 2])
l.__class__ = L2
l.sort()
print(l, type(l).__name__)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
try:
    A.__class__ = type
except TypeError as e:
    print("TypeError:", e)


# __del__ of the new class runs.
class Plain:
    pass


class Finalized:
    def __del__(self):
        print("Finalized.__del__")


p = Plain()
p.__class__ = Finalized
del p
print("after del")


# A state machine that switches class, as some programs do.
class Idle:
    def step(self):
        print("idle -> running")
        self.__class__ = Running


class Running:
    def step(self):
        print("running -> idle")
        self.__class__ = Idle


m = Idle()
for _ in range(4):
    m.step()
print(type(m).__name__)
