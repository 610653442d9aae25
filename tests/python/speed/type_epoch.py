"""Attribute inline caches stay right when some class changes between two reads (the type epoch moves)."""


class Base:
    def greet(self):
        return "base"


class Child(Base):
    def __init__(self):
        self.x = 1


class Other:
    pass


def read(o):
    return o.x, o.greet()


c = Child()
print(read(c))
# An unrelated class changes: the cached entries must still be right.
Other.y = 5
print(read(c))
# The base gains a property of the same name: a data descriptor now wins over the instance dict.
Base.x = property(lambda self: "prop")
print(read(c))
del Base.x
print(read(c))
# A method defined later on the class shadows the base's.
Child.greet = lambda self: "child"
print(read(c))
# The instance dict shadows the method.
c.greet = lambda: "instance"
print(read(c))
del c.greet
del Child.greet
print(read(c))
# A new class made in a loop (the epoch moves every iteration).
for i in range(3):
    K = type("K%d" % i, (Child,), {"greet": lambda self, i=i: "k%d" % i})
    k = K()
    print(read(k), read(c))
# isinstance against builtin types and ABCs.
import abc


class Shape(abc.ABC):
    pass


Shape.register(Child)
print(isinstance(c, (int, float)), isinstance(c, Shape), isinstance(3, (str, int)), isinstance(3, Shape))
print(int("42"), str(7), float("1.5"), int("ff", 16))
