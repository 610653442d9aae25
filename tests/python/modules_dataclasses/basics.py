# @dataclass: generated __init__/__repr__/__eq__, defaults, field(default_factory), fields(),
# asdict/astuple, replace, __post_init__, init errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), p == (1, 2))
print([f.name for f in fields(p)], [f.default for f in fields(Point)][1:], is_dataclass(p), is_dataclass(5))

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    tags: dict = field(default_factory=dict, compare=False)

a = Inventory('a'); b = Inventory('a')
a.items.append(1)
print(a, b, a.items is not b.items, a == b, Inventory('x', [1], tags={'k': 1}) == Inventory('x', [1]))

@dataclass
class Line:
    start: Point
    end: Point
    label: str = ''

ln = Line(Point(0, 0), Point(3, 4), 'diag')
print(ln)
print(asdict(ln), astuple(ln))
print(replace(p, y=10), replace(ln, label='new').label, p)

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h

print(Rect(2, 3), Rect(2, 3).area)
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'x': 2}), ((1,), {'z': 0})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print('ValueError', e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    replace(p, z=1)
except TypeError as e:
    print('TypeError', e)
try:
    asdict(5)
except TypeError as e:
    print('TypeError', e)
print('__eq__' in Point.__dict__, Point.__hash__)
