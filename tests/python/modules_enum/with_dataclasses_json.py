# Enums in ordinary programs: StrEnum/IntEnum fields of an ordered dataclass, json of members
# (IntEnum/StrEnum as their values, a custom encoder for Enum), f-string formats, match on
# members, Counter of members, comprehension over an IntEnum.
from __future__ import annotations
import json, enum, dataclasses, typing, functools, collections
from dataclasses import dataclass, field, asdict
from enum import Enum, IntEnum, StrEnum, auto
class Status(StrEnum):
    ACTIVE = auto()
    INACTIVE = auto()
class Priority(IntEnum):
    LOW = 1
    HIGH = 3
class Color(Enum):
    RED = 'r'
    BLUE = 'b'
@dataclass(order=True)
class Task:
    priority: Priority
    name: str = field(compare=False)
    status: Status = Status.ACTIVE
    tags: typing.List[str] = field(default_factory=list, compare=False)
tasks = [Task(Priority.HIGH, 'deploy'), Task(Priority.LOW, 'docs', Status.INACTIVE, ['x'])]
print(sorted(tasks))
print(json.dumps([asdict(t) for t in tasks]))
print(json.dumps({Status.ACTIVE: Priority.HIGH}), json.dumps(Status.ACTIVE), f'{Priority.HIGH:>4}|{Status.ACTIVE}|{Color.RED}')
def handle(c):
    match c:
        case Color.RED: return 'red!'
        case Color.BLUE: return 'blue!'
print(handle(Color.RED), handle(Color('b')))
cnt = collections.Counter(t.status for t in tasks); print(cnt, cnt.most_common(1))
@functools.total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f'V({self.n})'
print(max(V(1), V(5), V(3)), sorted([V(2), V(1)]))
print({p.name: p.value for p in Priority}, Priority['LOW'] < Priority.HIGH, Priority(3).name, [s.value for s in Status])
print(typing.get_type_hints(Task) if False else Task.__annotations__)
Point = collections.namedtuple('Point', 'x y')
print(json.dumps(Point(1, 2)), json.dumps({'p': Point(3, 4)}))
class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Enum): return o.name
        if dataclasses.is_dataclass(o): return asdict(o)
        return super().default(o)
print(json.dumps({'c': Color.BLUE, 't': tasks[0]}, cls=Encoder, sort_keys=True))
