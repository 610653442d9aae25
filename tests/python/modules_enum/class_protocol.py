# Enum classes as instances of EnumType: type(), isinstance of members, aliases, iteration
# order, reversed, __members__, lookups and their errors, reassignment/deletion errors,
# _missing_, custom __new__/__init__, functional API, StrEnum, @unique, dir().
import copy
import enum
from enum import Enum, IntEnum, StrEnum, auto, unique


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2), list(Shape.__members__))
print(Shape.__members__)
print(list(reversed(Shape)), len(Shape), Shape.SQUARE.name, Shape.SQUARE.value)
print(type(Shape), type(Shape.SQUARE), isinstance(Shape.SQUARE, Shape), isinstance(Shape, enum.EnumType))
print(issubclass(Shape, Enum), Shape.SQUARE in Shape, repr(Shape), str(Shape.CIRCLE), dir(Shape))
try:
    Shape(9)
except ValueError as e:
    print('ValueError', e)
try:
    Shape['HEXAGON']
except KeyError as e:
    print('KeyError', e)
try:
    Shape.SQUARE = 5
except AttributeError as e:
    print(e)
try:
    Shape.SQUARE.value = 5
except AttributeError as e:
    print(e)
try:
    Shape.SQUARE < Shape.CIRCLE
except TypeError as e:
    print(e)


class Color(Enum):
    RED = 1
    GREEN = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None

    def describe(self):
        return f'{self.name}={self.value}'

    @property
    def double(self):
        return self.value * 2


print(Color('red'), Color('green').describe(), Color.GREEN.double, Color.RED == 1)
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.GREEN])[0] is Color.GREEN)
print(hash(Color.RED) == hash('RED'), {Color.RED: 1}[Color(1)], format(Color.RED, '>10'))


class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    MARS = (6.42e23, 3.39e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH.mass, Planet.MARS.radius, Planet((6.42e23, 3.39e6)))


class Labeled(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    A = 1, 'first'
    B = 2, 'second'


print(Labeled.A.label, Labeled(2), Labeled.B.value)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal(3))
Pairs = Enum('Pairs', [('X', 10), ('Y', 20)])
print(Pairs.X, Pairs(20), IntEnum('Small', 'ONE TWO', start=0).TWO + 1)


class S(StrEnum):
    A = 'a'
    B = auto()


print(S.A + 'x', S.B, S('a'), S.A.upper(), S.A == 'a', repr(S.B), f'{S.B}')
try:
    class BadStr(StrEnum):
        X = 1
except TypeError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
try:
    class Ext(Color):
        BLUE = 3
except TypeError as e:
    print(e)


class Empty(Enum):
    def hello(self):
        return 'hi ' + self.name


class Filled(Empty):
    ONE = 1


print(Filled.ONE.hello(), isinstance(Filled.ONE, Empty), list(Empty), bool(Empty))
try:
    Color.RED in [Color]
    del Color.RED
except AttributeError as e:
    print(e)
