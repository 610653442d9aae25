# dataclasses and enum: fields, defaults, frozen/order, post_init, Enum/IntEnum/Flag/auto/unique.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, is_dataclass
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1); print(p, p == P(1), p != P(2), [f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=5), is_dataclass(p))
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = "z"
f = F(1); print(f, f < F(2), sorted([F(3), F(1, "a"), F(1)]), hash(f) == hash(F(1)))
try: f.a = 2
except FrozenInstanceError as e: print(type(e).__name__, e)
try: P()
except TypeError as e: print(e)
try:
    @dataclass
    class B:
        x: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class B2:
        x: int = 0
        y: int
except TypeError as e: print(e)
@dataclass
class I:
    a: int
    b: int = field(init=False, repr=False)
    def __post_init__(self): self.b = self.a * 2
print(I(3), I(3).b)
from enum import Enum, IntEnum, auto, Flag, unique
class Color(Enum):
    RED = 1
    GREEN = auto()
    BLUE = "b"
print(Color.RED, repr(Color.GREEN), Color(1), Color["BLUE"], Color.RED.name, Color.RED.value, list(Color), len(Color), Color.RED in Color)
try: Color(9)
except ValueError as e: print(e)
try: Color["X"]
except KeyError as e: print(repr(e))
class N(IntEnum):
    A = 1
    B = 2
print(N.A + 1, N.B == 2, N.A < N.B, repr(N.A), str(N.A), f"{N.A}", format(Color.RED), f"{Color.RED}", sorted([N.B, N.A]))
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R in (Perm.R | Perm.X), Perm(0))
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
try: Color.RED = 5
except AttributeError as e: print(e)
class Sh(Enum):
    SQ = 1
    ALIAS = 1
print(Sh.ALIAS, Sh.__members__.keys() if False else list(Sh.__members__), Color.RED is Color(1), hash(Color.RED) == hash(Color.RED))
