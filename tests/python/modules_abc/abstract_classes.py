# abc: ABC and ABCMeta with abstractmethod; instantiating an abstract class is CPython's
# TypeError; concrete subclasses work; abstract properties and classmethods.
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side

class HalfDone(Shape):
    def area(self):
        return 0

print(Square(3).describe(), Square(2).perimeter(), sorted(Shape.__abstractmethods__))
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)

class Plugin(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def create(cls):
        ...

try:
    Plugin()
except TypeError as e:
    print('TypeError', e)

class Real(Plugin):
    @property
    def name(self):
        return 'real'
    @classmethod
    def create(cls):
        return cls()

print(Real.create().name, isinstance(Real(), Plugin), Real.__abstractmethods__ == frozenset())
