# Assigning C.__bases__: the MRO, attribute lookup (and its caches), isinstance/issubclass,
# subclasses' MROs and __subclasses__ follow; CPython's errors for bad assignments.
class A:
    x = "A.x"
    def who(self):
        return "A"
class B:
    x = "B.x"
    def who(self):
        return "B"
class C(A):
    pass
class D(C):
    pass
c, d = C(), D()
def show():
    print([k.__name__ for k in C.__mro__], [k.__name__ for k in D.__mro__])
    print(c.x, c.who(), d.x, d.who(), C.x, D.x)
    print(isinstance(c, A), isinstance(c, B), issubclass(D, A), issubclass(D, B))
    print([k.__name__ for k in A.__subclasses__()], [k.__name__ for k in B.__subclasses__()])
for _ in range(2):
    show()
C.__bases__ = (B,)
print(C.__bases__, C.__base__)
show()
C.__bases__ = (A, B)
show()
C.__bases__ = (B, A)
show()
print(super(C, c).who(), super(D, d).x)
class E(A, B):
    pass
C.__bases__ = (A,)
show()
# Errors.
def attempt(target, value):
    try:
        target.__bases__ = value
    except TypeError as e:
        print(type(e).__name__, e)
attempt(C, [A])
attempt(C, ())
attempt(C, (A, 1))
attempt(C, (D,))
attempt(C, (C,))
attempt(A, (E,))
attempt(int, (object,))
attempt(C, (B, E))
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
class T(S1):
    __slots__ = ()
attempt(T, (S2,))
attempt(C, (int,))
attempt(C, (S1, S2))
class I(int):
    pass
attempt(I, (A,))
try:
    del C.__bases__
except TypeError as e:
    print(e)
show()
class O:
    pass
attempt(O, (A,))
class P(A):
    pass
class Q(P):
    pass
q = Q()
def hot(o):
    return [o.x for _ in range(3)], o.who()
print(hot(q), hot(q))
P.__bases__ = (B,)
print(hot(q), [k.__name__ for k in Q.__mro__], isinstance(q, A), isinstance(q, B))
B.x = "B.x2"
print(hot(q))
P.__bases__ = (A, B)
print(hot(q), Q.__mro__[2] is A)
# A subclass whose MRO the new bases would make impossible: nothing changes.
class X1: pass
class X2: pass
class Y(X1, X2): pass
try:
    class Z(X2, Y): pass
except TypeError as e:
    print(e)
class W(X1): pass
class V(X2, W): pass
try:
    W.__bases__ = (X1, X2)
except TypeError as e:
    print(e)
print([k.__name__ for k in W.__mro__], [k.__name__ for k in V.__mro__])
