"""Rational numbers: the Fraction class (exact arithmetic on normalized numerator and
denominator, mixing with int, float and complex as CPython's fractions module does)."""

import math
import numbers

__all__ = ['Fraction']

_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _parse(text):
    """(numerator, denominator) of a literal such as '3/4', '-1.5e3' or ' 7 '."""
    s = text.strip()
    body = s[1:] if s[:1] in '+-' else s
    neg = s[:1] == '-'

    def digits(t):
        if not t or t[0] == '_' or t[-1] == '_' or '__' in t:
            return None
        t = t.replace('_', '')
        return int(t) if t.isdigit() and t.isascii() else None

    if '/' in body:
        num, _, den = body.partition('/')
        n, d = digits(num), digits(den)
        if n is None or d is None:
            return None
    else:
        mant, e, exp = body.lower().partition('e')
        if e:
            sign = -1 if exp[:1] == '-' else 1
            ev = digits(exp[1:] if exp[:1] in '+-' else exp)
            if ev is None:
                return None
            exp_v = sign * ev
        else:
            exp_v = 0
        whole, dot, frac = mant.partition('.')
        if not whole and not frac:
            return None
        w = digits(whole) if whole else 0
        f = digits(frac) if frac else 0
        if w is None or f is None:
            return None
        fl = len(frac.replace('_', '')) if frac else 0
        n = w * 10 ** fl + f
        d = 10 ** fl
        if exp_v >= 0:
            n *= 10 ** exp_v
        else:
            d *= 10 ** -exp_v
    return (-n if neg else n), d


class Fraction(numbers.Rational):
    """This class implements rational numbers."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator, self._denominator = n, d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif isinstance(numerator, int) and isinstance(denominator, int):
            numerator, denominator = int(numerator), int(denominator)
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic: exact with ints and Fractions, float or complex otherwise --

    def _operands(self, other):
        if isinstance(other, (int, Fraction)):
            return 'q'
        if isinstance(other, float):
            return 'f'
        if isinstance(other, complex):
            return 'c'
        return None

    def _binary(self, other, exact, inexact, reflected):
        kind = self._operands(other)
        if kind is None:
            return NotImplemented
        if kind == 'q':
            other = Fraction(other) if type(other) is int else other
            return exact(other, self) if reflected else exact(self, other)
        x = float(self) if kind == 'f' else complex(float(self))
        return inexact(other, x) if reflected else inexact(x, other)

    def __add__(a, b):
        return a._binary(b, _add, lambda x, y: x + y, False)

    def __radd__(b, a):
        return b._binary(a, _add, lambda x, y: x + y, True)

    def __sub__(a, b):
        return a._binary(b, _sub, lambda x, y: x - y, False)

    def __rsub__(b, a):
        return b._binary(a, _sub, lambda x, y: x - y, True)

    def __mul__(a, b):
        return a._binary(b, _mul, lambda x, y: x * y, False)

    def __rmul__(b, a):
        return b._binary(a, _mul, lambda x, y: x * y, True)

    def __truediv__(a, b):
        return a._binary(b, _div, lambda x, y: x / y, False)

    def __rtruediv__(b, a):
        return b._binary(a, _div, lambda x, y: x / y, True)

    def __floordiv__(a, b):
        return a._binary(b, _floordiv, lambda x, y: x // y, False)

    def __rfloordiv__(b, a):
        return b._binary(a, _floordiv, lambda x, y: x // y, True)

    def __mod__(a, b):
        return a._binary(b, _mod, lambda x, y: x % y, False)

    def __rmod__(b, a):
        return b._binary(a, _mod, lambda x, y: x % y, True)

    def __divmod__(a, b):
        return a._binary(b, _divmod, divmod, False)

    def __rdivmod__(b, a):
        return b._binary(a, _divmod, divmod, True)

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)) and (type(b) is int or b._denominator == 1):
            power = b if type(b) is int else b._numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power,
                                _normalize=False)
            if a._numerator == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (a._denominator ** -power))
            if a._numerator > 0:
                return Fraction(a._denominator ** -power, a._numerator ** -power,
                                _normalize=False)
            return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                            _normalize=False)
        if isinstance(b, (int, Fraction, float)):
            return float(a) ** float(b)
        if isinstance(b, complex):
            return complex(float(a)) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, rem = divmod(self._numerator, self._denominator)
            if rem * 2 < self._denominator:
                return floor
            if rem * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, _HASH_MODULUS - 2, _HASH_MODULUS)
        except ValueError:
            dinv = 0
        if dinv == 0:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            o = Fraction(other) if type(other) is int else other
            return op(self._numerator * o._denominator, self._denominator * o._numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return self.__copy__()


def _add(a, b):
    return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _sub(a, b):
    return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _mul(a, b):
    return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)


def _div(a, b):
    if b._numerator == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % (a._numerator * b._denominator))
    return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)


def _floordiv(a, b):
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _divmod(a, b):
    da, db = a._denominator, b._denominator
    div, n_mod = divmod(a._numerator * db, da * b._numerator)
    return div, Fraction(n_mod, da * db)


def _mod(a, b):
    da, db = a._denominator, b._denominator
    return Fraction((a._numerator * db) % (b._numerator * da), da * db)
