# IntEnum/IntFlag members are ints and StrEnum members strs, as in CPython 3.11
from enum import Enum, IntEnum, IntFlag, StrEnum, auto
import json

class Prio(IntEnum):
    LOW = 1
    MID = auto()
    HIGH = 10

m = Prio.MID
print(m, repr(m), str(m), f"{m}", f"{m:03d}", isinstance(m, int), m + 1, type(m + 1).__name__, m * 2, -m)
print(m == 2, 2 == m, m < Prio.HIGH, m > 1, hash(m) == hash(2), {2: "two"}[m], [0, 10, 20][m], int(m), float(m))
print(sorted([Prio.HIGH, Prio.LOW, 5]), max(Prio), sum(Prio), Prio(10), Prio["LOW"], m.name, m.value, json.dumps(m))
print(range(m), bin(m), hex(Prio.HIGH), "%d|%s|%r" % (m, m, m), divmod(Prio.HIGH, 3), Prio.LOW is Prio(1))

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(rw, repr(rw), isinstance(rw, int), rw & Perm.W, rw | 1, 1 | Perm.R, rw == 6, Perm.R + 1, bool(Perm(0)), int(rw))
print(Perm.R in rw, Perm.X in rw, list(rw), ~Perm.R, rw ^ Perm.R, str(Perm.R), format(Perm.W, "b"))

class Color(StrEnum):
    RED = auto()
    GREEN = "g"

print(Color.RED, repr(Color.RED), isinstance(Color.RED, str), Color.RED == "red", Color.RED.upper(), Color.GREEN + "!", len(Color.RED))
print(f"[{Color.GREEN:>3}]", "-".join(Color), json.dumps(Color.RED), {"red": 1}[Color.RED], Color("g"), sorted(Color))

class Plain(Enum):
    A = 1
print(isinstance(Plain.A, int), Plain.A == 1, repr(Plain.A), hash(Plain.A) == hash(Plain.A))
try:
    Prio(7)
except ValueError as e:
    print("ValueError:", e)
