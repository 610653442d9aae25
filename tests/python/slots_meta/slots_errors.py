# __slots__ and metaclass errors: missing attributes, conflicts, lay-out and metaclass conflicts
class P:
    __slots__ = ("x", "y")
p = P()
p.x = 1
try: p.z = 1
except AttributeError as e: print(e)
try: p.y
except AttributeError as e: print(e)
try: del p.y
except AttributeError as e: print(e)
print(P.x, type(P.x).__name__)
try: p.__dict__
except AttributeError as e: print(e)
try:
    class Q:
        __slots__ = ("a",)
        a = 1
except ValueError as e: print(e)
class A: __slots__=("a",)
class B: __slots__=("b",)
try:
    class C(A, B): pass
except TypeError as e: print(e)
class M(type):
    pass
class N(type): pass
class X(metaclass=M): pass
class Y(metaclass=N): pass
try:
    class Z(X, Y): pass
except TypeError as e: print(e)
class S:
    pass
try:
    class T(S, flag=1): pass
except TypeError as e: print(e)
print(type(X), type(type), repr(M))
print(P.__slots__)
