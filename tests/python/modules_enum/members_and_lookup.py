# enum: Enum members (repr/str/name/value, aliases, lookup by value and name, methods,
# _missing_), IntEnum arithmetic, auto(), Flag combinations, StrEnum, functional API, unique.
import enum
from enum import Enum, IntEnum, Flag, auto, unique, StrEnum, IntFlag
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    ALIAS = 1
    def describe(self):
        return f'{self.name} is {self.value}'
    @classmethod
    def favorite(cls):
        return cls.GREEN
print(repr(Color), Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color.ALIAS is Color.RED)
print(list(Color), len(Color), Color(2), Color['BLUE'], Color.RED.describe(), Color.favorite())
print(Color.__members__)
print([m.name for m in Color], Color.RED in Color, Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE)
print(hash(Color.RED) == hash('RED'), {Color.RED: 'r'}[Color.ALIAS], f'{Color.GREEN}', format(Color.BLUE, '>12'))
for bad in (lambda: Color(7), lambda: Color['PINK']):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, Num.ONE == 1, sorted([Num.TWO, Num.ONE]), f'{Num.TWO}')
print(int(Num.TWO), [10, 20, 30][int(Num.ONE)])
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), Auto.D.value)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), rw, Perm.R in rw, Perm.X in rw, list(rw), repr(Perm(0)), repr(~Perm.R), bool(Perm(0)), repr(rw & Perm.W))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(repr(S.A), S.A, S.B, S.A == 'a', S.B.upper())
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
class Shade(Enum):
    LIGHT = 'l'
    DARK = 'd'
    @classmethod
    def _missing_(cls, value):
        return cls.LIGHT
print(Shade('zzz'))
