# int() and float() from strings, bytes, numbers and objects with __int__/__index__/__trunc__/__float__
class I:
    def __int__(self):
        return 42
class F:
    def __float__(self):
        return 1.5
class X:
    def __index__(self):
        return 7
class T:
    def __trunc__(self):
        return 9
print(int(I()), float(F()), int(X()), float(X()), int('  12  '), int(3.9), int(-3.9), float('  -1.5e3 '))
print(int(b'42'), int(bytearray(b' 7 ')), int('0x1f', 16), int('0x1f', 0), int('1_000'), int('-0b101', 0), int('z', 36))
print(float('inf'), float('-Infinity'), float('nan'), float(' 1_0.5 '), float(10 ** 20), float(True), float(' 3 '))
class BadI:
    def __int__(self):
        return 'no'
class BadF:
    def __float__(self):
        return 1
for f in [lambda: int('x'), lambda: int(''), lambda: int('1.5'), lambda: int(b'x'), lambda: int(None), lambda: int([]),
          lambda: int('12', 1), lambda: int(12, 10), lambda: float('x'), lambda: float(None), lambda: float([]),
          lambda: int(BadI()), lambda: float(BadF()), lambda: int(float('inf')), lambda: int(float('nan')),
          lambda: float(10 ** 400)]:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
