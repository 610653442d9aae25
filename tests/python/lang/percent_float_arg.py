# %-formatting's float conversions take any object with __float__ (or __index__), as
# CPython's PyFloat_AsDouble does: Decimal and Fraction values format with '%.2f'.
from decimal import Decimal
from fractions import Fraction


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 3


class Bad:
    def __float__(self):
        return "x"


print("%.2f|%e|%g|%F" % (Decimal("1.255"), Fraction(1, 3), F(), I()))
print("%5.1f%%" % Fraction(99, 2), "%.3g" % Decimal("12345.678"))
for v in [Bad(), "1.5", None, [1]]:
    try:
        "%f" % v
    except TypeError as e:
        print(type(v).__name__, "TypeError:", e)
print("%d %x" % (I(), I()))
