"""fractions.Fraction: construction (ints, floats, strings, Fractions), normalization,
arithmetic mixed with int/float/complex, comparisons, hashing, rounding,
limit_denominator and the errors of misuse."""
from fractions import Fraction
import math

print(Fraction(), Fraction(3), Fraction(6, -4), Fraction(-6, -4), Fraction(1.5), Fraction(0.1))
for s in ['3/4', ' -1.5 ', '1e3', '2.5E-2', '+.5', '5.', '1_000/3', '-7', '0/5', '1.25e+2']:
    print(repr(s), repr(Fraction(s)), str(Fraction(s)))
print(Fraction(Fraction(1, 3), Fraction(2, 5)), Fraction(True), Fraction(2, True))
a, b = Fraction(1, 3), Fraction(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), -a, +a, abs(-b))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % b)
print(a + 0.5, 0.5 + a, a * 2.0, a / 0.25, a + 1j, 1j * a, a ** 2, a ** -2, (-a) ** -3, a ** 0.5, 2 ** a, 4 ** Fraction(1, 2), 2 ** Fraction(3), 2 ** Fraction(-2))
print(a < b, a <= b, a > 0.3, a == Fraction(2, 6), a == 1 / 3, Fraction(1, 2) == 0.5, Fraction(2) == 2, a < 1, a != b)
print(a > float('-inf'), a < float('inf'), a == float('nan'), sorted([b, a, Fraction(1, 2), 0.4, 1]))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(1, 3)), hash(Fraction(-1, 3)), hash(Fraction(-1)), {Fraction(1, 2): 'x'}[0.5])
print(round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(-5, 2)), round(Fraction(1, 3), 2), round(Fraction(12345, 1), -2))
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)), int(Fraction(7, 2)), float(Fraction(1, 3)))
print(Fraction(math.pi).limit_denominator(), Fraction(math.pi).limit_denominator(100), Fraction(3, 7).limit_denominator(10), Fraction(1, 3).limit_denominator(1))
print(a.numerator, a.denominator, a.as_integer_ratio(), Fraction.from_float(0.25), Fraction.from_float(3), bool(Fraction(0)), bool(a))
print(a.real, a.imag, a.conjugate(), complex(a))
print(sum(Fraction(1, n) for n in range(1, 11)), math.prod([Fraction(2, 3)] * 4))
tests = [lambda: Fraction(1, 0), lambda: Fraction('x'), lambda: Fraction('1/0'), lambda: Fraction('3 / 4'),
         lambda: Fraction(1, 2.0), lambda: Fraction(object()), lambda: Fraction(float('nan')),
         lambda: Fraction(float('inf')), lambda: a / 0, lambda: a // Fraction(0), lambda: Fraction(0) ** -1,
         lambda: a + 'x', lambda: a < 'x', lambda: a.limit_denominator(0), lambda: Fraction('1e'),
         lambda: Fraction.from_float('1')]
for t in tests:
    try:
        print(t())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
