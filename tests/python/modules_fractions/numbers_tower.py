"""numbers: the numeric tower's isinstance/issubclass answers for builtin and registered
types, and the mixin methods."""
import numbers
from fractions import Fraction

for v in [1, True, 1.5, 1j, Fraction(1, 2), 'x', None]:
    print(type(v).__name__, [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                                        numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Number), issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational))


class MyNum:
    pass


print(isinstance(MyNum(), numbers.Real))
numbers.Real.register(MyNum)
print(isinstance(MyNum(), numbers.Real), isinstance(MyNum(), numbers.Complex), isinstance(MyNum(), numbers.Rational))
print(numbers.Integral.__mro__[1].__name__, numbers.Real.__name__, Fraction(1, 2).real, (2.5).real)
