# A tour of classes: methods, properties, static/class methods, inheritance and super(),
# user exceptions, iterators, container dunders, context managers, hashing rules.
class Point:
    """A point."""
    count = 0

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1

    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    @property
    def swapped(self):
        return Point(self.y, self.x)

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def make(cls, v):
        return cls(v, v)


p = Point(1, 2)
q = Point(3)
print(p, q, p + q, p == Point(1, 2), p != q, p.norm2(), p.swapped)
print(Point.origin(), Point.make(5), Point.count, Point.__name__, Point.__doc__)
print(type(p), type(p).__name__, isinstance(p, Point), isinstance(p, object))

class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def __str__(self):
        return "Animal " + self.name

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + " (woof)"

d = Dog("Rex", "lab")
print(d.speak(), str(d), d.breed, isinstance(d, Animal), issubclass(Dog, Animal))
print(Dog.__mro__)

class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

try:
    raise MyError("boom", 42)
except MyError as e:
    print("caught", e, e.code, e.args, repr(e))

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
    def __len__(self):
        return self.n
    def __getitem__(self, k):
        return k * 10
    def __contains__(self, x):
        return x == 3

c = Counter(3)
for v in c:
    print("it", v)
print(len(c), c[4], 3 in c, 4 in c, bool(Counter(0)))

class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t, v)
        return True

with Ctx() as cx:
    print("inside", type(cx).__name__)
    raise ValueError("suppressed")
print("after with")
try:
    {p: 1}
except TypeError as e:
    print(e)
print(p.z)
