# pow (2 and 3 arguments) and round on every numeric type
print(pow(2, 10), pow(2, -2), pow(2.0, 0.5), pow(-8, 1/3), pow(0, 0), pow(2, 100))
print(pow(2, 10, 1000), pow(3, -1, 7), pow(2, 0, 1), pow(-2, 3, 5), pow(7, 2, -5), pow(2, 10**20, 97))
print(pow(38, -1, 97) * 38 % 97, pow(True, 2), pow(2, True, 3), pow(1j, 2), pow(base=2, exp=3))
print(round(2.5), round(3.5), round(-0.5), round(-1.5), round(0.5, 0), round(1.2345, 2), round(2.675, 2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(True), round(5, 1))
print(round(1e20), round(1.5e300, -299), type(round(1.5)), type(round(1.5, 0)), type(round(5, 2)))
print(round(123.456, -1), round(123.456, -5), round(0.0), round(-0.0, 1), round(10**30 + 7, -5))
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 3))
for f in [lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, -1, 4), lambda: pow(2, 3.0, 5),
          lambda: pow(0, -1), lambda: pow(0.0, -1), lambda: round('x'), lambda: round(1.5, 'x'),
          lambda: round(float('inf')), lambda: round(float('nan')), lambda: round(1j), lambda: pow(2, 3, 4, 5)]:
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
