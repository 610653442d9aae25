# dataclass(slots=True) builds a class with __slots__ (no __dict__, unknown attributes
# refused); field metadata is a read-only mappingproxy.
from dataclasses import dataclass, field, fields, FrozenInstanceError


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, Point.__slots__, hasattr(p, '__dict__'), p == Point(1, 0))
try:
    p.z = 1
except AttributeError as e:
    print(e)


@dataclass(frozen=True, slots=True)
class Frozen:
    a: int


try:
    Frozen(1).a = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(Frozen(3)) == hash(Frozen(3)))


@dataclass
class Meta:
    a: int = field(default=0, metadata={'unit': 'cm'})
    b: int = 1


f = fields(Meta)
print(f[0].metadata, f[0].metadata['unit'], f[1].metadata, len(f[0].metadata))
print(repr(f[0].metadata), type(f[1].metadata).__name__)
try:
    f[0].metadata['unit'] = 'm'
except TypeError as e:
    print(e)
