# __new__ returning an instance of another class: type(obj).__init__ runs if it is an
# instance of the class called, nothing otherwise.
class Base:
    def __new__(cls, *a):
        if cls is Base:
            return object.__new__(Sub)
        return object.__new__(cls)

    def __init__(self, *a):
        print("Base init", type(self).__name__, a)


class Sub(Base):
    def __init__(self, *a):
        print("Sub init", a)


print(type(Base(1)).__name__)
print(type(Sub(2)).__name__)


class Other:
    def __init__(self):
        print("Other init (must not run)")


class X:
    def __new__(cls):
        return Other()

    def __init__(self):
        print("X init (must not run)")


print(type(X()).__name__)


class Shape:
    def __new__(cls, kind, *args):
        target = {"circle": Circle, "square": Square}[kind]
        return object.__new__(target)


class Circle(Shape):
    def __init__(self, kind, r):
        self.r = r

    def area(self):
        return round(3.14159 * self.r ** 2, 2)


class Square(Shape):
    def __init__(self, kind, side):
        self.side = side

    def area(self):
        return self.side ** 2


for s in [Shape("circle", 2), Shape("square", 3)]:
    print(type(s).__name__, s.area())


class NoInit:
    pass


class Maker:
    def __new__(cls):
        return object.__new__(Sub2)


class Sub2(Maker):
    pass


print(type(Maker()).__name__)
try:
    Maker(1)
except TypeError as e:
    print("TypeError:", e)
