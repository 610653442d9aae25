"""Abstract base classes for numbers: Number > Complex > Real > Rational > Integral, with
int, float and complex registered and the concrete mixin methods of the numeric tower."""

from abc import ABCMeta

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class."""

    __slots__ = ()
    __hash__ = None


class Complex(Number):
    """Complex defines the operations that work on the builtin complex type."""

    __slots__ = ()

    def __bool__(self):
        return self != 0


Complex.register(complex)


class Real(Complex):
    """Real numbers: Complex plus ordering, floor division and the float conversion."""

    __slots__ = ()

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return (other // self, other % self)


Real.register(float)


class Rational(Real):
    """Rational numbers: numerator and denominator."""

    __slots__ = ()

    def __float__(self):
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Integers: the bit operations and int conversion."""

    __slots__ = ()

    def __int__(self):
        return self.__index__()

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
