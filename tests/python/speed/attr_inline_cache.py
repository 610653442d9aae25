"""Attribute inline caches of one code site see different classes, dict layouts and changes."""


class A:
    def __init__(self, first):
        if first:
            self.x = 1
            self.y = 2
        else:
            self.y = 20
            self.x = 10

    def total(self):
        return self.x + self.y


class B:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = 100
        self.y = 200

    def total(self):
        return self.x * 2


def read(o):
    return o.x, o.y, o.total()


def write(o, v):
    o.x = v


objs = [A(True), A(False), B(), A(True), B()]
for round_ in range(3):
    for o in objs:
        write(o, round_)
        print(type(o).__name__, read(o))

# An attribute deleted from one instance after the site cached its position.
a = A(True)
print(read(a))
del a.x
try:
    read(a)
except AttributeError as e:
    print("AttributeError:", e)
a.x = 5
print(read(a))

# A method shadowed by an instance attribute, then by a class change.
a.total = lambda: "instance total"
print(read(a))
del a.total
print(read(a))
A.total = lambda self: "patched total"
print(read(a), read(A(False)))


# A data descriptor added to the class takes over reads and writes at a cached site.
class C:
    def __init__(self):
        self.x = 1
        self.y = 2

    def total(self):
        return 0


c = C()
print(read(c))
C.x = property(lambda self: "prop", lambda self, v: print("prop set", v))
print(read(c))
write(c, 7)
print(c.__dict__)
del C.x
print(read(c))

# Unset slots raise at a cached site.
b = B()
del b.y
try:
    read(b)
except AttributeError as e:
    print("AttributeError:", e)


# Classes that go away and new ones that may take their place.
def make(n):
    class T:
        def __init__(self):
            self.x = n
            self.y = -n

        def total(self):
            return n
    return T()


print([read(make(i)) for i in range(5)])


# __getattr__ is consulted for missing attributes at cached sites.
class G:
    def __init__(self):
        self.x = 1

    def __getattr__(self, name):
        return "fallback " + name

    def total(self):
        return "g"


print(read(G()))
