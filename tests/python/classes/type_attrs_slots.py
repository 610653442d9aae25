# int(bytes, base), class __module__/__qualname__ assignment in reprs, diamond of empty __slots__, layout conflicts
try:
    tuple.__new__(list)
except TypeError as e:
    print(e)
try:
    int.__new__(str)
except TypeError as e:
    print(e)
print(int(b'ff', 16), int(bytearray(b'12')), int(b' 7 '))
try:
    int(b'zz', 16)
except ValueError as e:
    print(e)
class K: pass
K.__module__ = 'mymod'
K.__qualname__ = 'Outer.K'
print(K, repr(K()).split(' at')[0])
print(K.__name__)
K.__name__ = 'KK'
print(K, K.__qualname__)
class A: __slots__ = ()
class B(A): __slots__ = ()
class C2(A): __slots__ = ()
class D(B, C2): __slots__ = ()
print(D.__mro__)
class B3(A): __slots__ = ('x',)
class C3(A): __slots__ = ('y',)
try:
    class D3(B3, C3): pass
except TypeError as e:
    print(e)
class B4: __slots__ = ('a',)
class C4(B4): pass
class D4(C4, A): pass
print(D4.__mro__)
