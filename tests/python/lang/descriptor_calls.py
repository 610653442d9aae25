# property's __get__/__set__/__delete__ called directly, and super(type, obj) checking
# that obj is an instance or subclass of the type.


class A:
    @property
    def x(self):
        return 5

    @x.setter
    def x(self, v):
        print("set", v)


a = A()
print(A.x.__get__(a), A.x.__get__(a, A), A.x.__get__(None, A) is A.x, A.x.__set__(a, 3))
for call in [lambda: A.x.__delete__(a), lambda: property().__get__(a),
             lambda: property().__set__(a, 1), lambda: property(len).__set__(1, 2)]:
    try:
        call()
    except AttributeError as e:
        print("AttributeError:", e)
print(property(len).__get__("abc"))
try:
    property(len).__get__(None)
except TypeError as e:
    print("TypeError:", e)


class B(A):
    def m(self):
        return super().x


print(B().m(), super(A, B()).__class__.__name__)
for args in [(A, 1), (B, A()), (int, "s")]:
    try:
        super(*args)
    except TypeError as e:
        print("TypeError:", e)
