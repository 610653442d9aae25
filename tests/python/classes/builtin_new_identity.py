# A builtin type's __new__ is one object: C.__new__ is C.__dict__["__new__"], shared by subclasses, bound to the type.
import itertools, collections
names = []
for t in (enumerate, zip, map, filter, reversed, int, float, str, bytes, tuple, list, dict, set,
          frozenset, object, type, range, slice, complex, bool, property, super, staticmethod,
          classmethod, memoryview, bytearray, BaseException,
         ):
    d = t.__dict__.get('__new__')
    print(t.__name__, d is not None and t.__new__ is d, t.__new__ is t.__new__,
          type(t.__new__).__name__)
class C(int): pass
print(C.__new__ is int.__new__, C.__new__ is int.__dict__['__new__'])
class D(enumerate): pass
print(D.__new__ is enumerate.__new__)
print(int.__new__(C, 5), type(int.__new__(C, 5)).__name__)
try:
    int.__new__(str)
except TypeError as e:
    print(e)
try:
    enumerate.__dict__['__new__'](3)
except TypeError as e:
    print(e)
print(enumerate.__new__.__self__, enumerate.__new__.__name__, enumerate.__new__.__qualname__)
