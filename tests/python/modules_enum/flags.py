# Flag and IntFlag: auto values, composition, names of combined and pseudo members, iteration
# over a flag value in definition order, ~, boundaries (STRICT for Flag, KEEP for IntFlag),
# and the errors of mixing types.
from enum import Flag, IntFlag, auto


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(Perm.RWX, repr(Perm.RWX), Perm.R | Perm.W, repr(Perm.R | 8), Perm(0), repr(Perm(0)))
print(list(Perm), Perm.RWX & Perm.R, repr(~Perm.R), Perm.R in Perm.RWX, Perm.R + 1, Perm.W * 2)
print(list(Perm.R | Perm.X), len(Perm.RWX), format(Perm.R | Perm.W, '04b'), isinstance(Perm.R, int))


class Col(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(Col.WHITE, repr(Col.WHITE), list(Col.WHITE), len(Col.WHITE), list(Col))
print(Col.RED | Col.BLUE, repr(Col(3)), ~Col.WHITE, repr(~Col.RED), bool(Col(0)), Col(0))
print(Col.RED in Col.WHITE, Col.BLUE in (Col.RED | Col.GREEN), Col.RED ^ Col.WHITE)
try:
    Col.RED | 1
except TypeError as e:
    print(e)
try:
    1 in Col.RED
except TypeError as e:
    print(e)
try:
    Col(8)
except ValueError as e:
    print(e)


class Backwards(Flag):
    HIGH = 4
    LOW = 1
    MID = 2


print(list(Backwards.HIGH | Backwards.LOW), Backwards(7), repr(Backwards(5)))
