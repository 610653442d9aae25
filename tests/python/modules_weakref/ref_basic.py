# weakref.ref: calling, dead references, reuse of callback-less refs, counts, types
import weakref


class A:
    pass


def f():
    pass


a = A()
r = weakref.ref(a)
print(r() is a, type(r).__name__, type(r) is weakref.ref, weakref.ReferenceType is weakref.ref)
print(weakref.ref(a) is r, weakref.getweakrefcount(a))
r2 = weakref.ref(a, lambda x: None)
print(r2 is r, weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print(r.__callback__, callable(r2.__callback__))
del a
print(r(), r2(), weakref.getweakrefcount(A()))

fr = weakref.ref(f)
print(fr() is f)
cr = weakref.ref(A)
print(cr() is A)
s = {1, 2}
print(weakref.ref(s)() == {1, 2})
print(weakref.ref(frozenset([3]))() is None)

for bad in (1, "s", [1], {}, (1,), None, 2.5, b"x", True):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)

print(isinstance(r, weakref.ref), isinstance(r, weakref.ReferenceType))


class Sub(weakref.ref):
    pass


b = A()
sr = Sub(b)
print(type(sr).__name__, sr() is b, isinstance(sr, weakref.ref), sr is weakref.ref(b))
del b
print(sr())
