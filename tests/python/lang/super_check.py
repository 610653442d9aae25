# Zero-argument super() checks its first argument as super(type, obj) does.
class A:
    def f(self):
        return super().__repr__
    @classmethod
    def c(cls):
        return super().__init_subclass__
    def g(self):
        def inner():
            return super(A, self)
        return inner()

class B:
    pass

class Sub(A):
    pass

for label, call in [
    ("instance of other class", lambda: A.f(B())),
    ("int", lambda: A.f(3)),
    ("classmethod unrelated", lambda: A.c.__func__(B)),
    ("inner", lambda: A.g(B())),
]:
    try:
        call()
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError:", e)

print(A().f() is not None, Sub().f() is not None)
print(A.c() is not None, Sub.c() is not None)
print(A.c.__func__(Sub) is not None)

# An object whose __class__ claims the class passes, as in CPython's supercheck.
class Liar:
    @property
    def __class__(self):
        return Sub
try:
    print(type(A.g(Liar())).__name__)
except TypeError as e:
    print("liar TypeError:", e)

# None makes an unbound super.
class N:
    def f(self):
        s = super()
        return s, s.__thisclass__, s.__self__, s.__self_class__
print(N.f(None))
print(super(N, None))
print(super(N, N()).__self_class__)
