# frozen dataclasses (FrozenInstanceError, hashing), order=True comparisons, eq=False,
# unsafe_hash, inheritance of fields, repr of nested and recursive values.
from dataclasses import dataclass, field, FrozenInstanceError, fields

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

c = Coord(1.5, 2.5)
try:
    c.lat = 0
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del c.lon
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(hash(c) == hash(Coord(1.5, 2.5)), {c: 'here'}[Coord(1.5, 2.5)], c)

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    note: str = field(default='', compare=False)

vs = [Version(1, 2), Version(1, 0, 'x'), Version(0, 9)]
print(sorted(vs), Version(1) < Version(1, 1), Version(2) >= Version(1, 5), Version(1, note='a') == Version(1, note='b'))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print('TypeError', e)

@dataclass(eq=False)
class Node:
    value: int
    children: list = field(default_factory=list)

n = Node(1)
n.children.append(n)
print(Node(1) == Node(1), n)

@dataclass
class Base:
    a: int
    b: str = 'b'

@dataclass
class Child(Base):
    c: float = 1.0

print(Child(1), Child(1, 'x', 2.5), [f.name for f in fields(Child)])

@dataclass(unsafe_hash=True)
class Key:
    k: str
print(hash(Key('a')) == hash(Key('a')))

@dataclass
class Plain:
    v: int
try:
    hash(Plain(1))
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass(order=True, eq=False)
    class Nope:
        x: int
except ValueError as e:
    print('ValueError', e)
