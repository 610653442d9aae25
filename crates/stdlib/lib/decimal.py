"""Decimal fixed and floating point arithmetic (after CPython 3.11's decimal, basics): Decimal
from str/int/float/tuple, +, -, *, /, //, %, **(integer exponents), comparisons and hashing
consistent with int and float, quantize, to_integral_value, sqrt, normalize, as_tuple,
adjusted, the rounding modes, Context (prec, rounding, traps), getcontext/setcontext/
localcontext, and CPython's text forms (str, repr, format with 'f'/'e'/'g'/'%'). Signals are
raised when trapped (InvalidOperation, DivisionByZero, Overflow by default); flags are not
recorded and exp/ln/log10 are not provided."""

import math as _math
import numbers as _numbers
from collections import namedtuple as _namedtuple

__all__ = ['Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
           'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
           'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
           'FloatOperation', 'DivisionImpossible', 'InvalidContext', 'ConversionSyntax',
           'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
           'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
           'setcontext', 'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN',
           'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR,
              ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)


class DecimalException(ArithmeticError):
    """Base exception class."""


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _c in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
           DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
           Overflow, Underflow, FloatOperation):
    _c.__module__ = 'decimal'

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

_SIGNAL_NAMES = {Clamped: 'Clamped', InvalidOperation: 'InvalidOperation',
                 DivisionByZero: 'DivisionByZero', Inexact: 'Inexact',
                 Rounded: 'Rounded', Subnormal: 'Subnormal', Overflow: 'Overflow',
                 Underflow: 'Underflow', FloatOperation: 'FloatOperation'}


def _raise(context, condition, cause=None):
    """Signals `condition` (raising it, with the libmpdec `cause` listed, when trapped)."""
    if context.traps.get(condition, False):
        raise condition([cause or condition])
    context.flags[condition] = True


class Context(object):
    """Contains the context for a Decimal instance (precision, rounding, traps)."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None, _ignored_flags=None):
        dc = DefaultContext if 'DefaultContext' in globals() else None
        self.prec = prec if prec is not None else (dc.prec if dc else 28)
        self.rounding = rounding if rounding is not None else (dc.rounding if dc
                                                                else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (dc.Emin if dc else -999999)
        self.Emax = Emax if Emax is not None else (dc.Emax if dc else 999999)
        self.capitals = capitals if capitals is not None else 1
        self.clamp = clamp if clamp is not None else 0
        if traps is None:
            traps = dict(dc.traps) if dc else {s: s in (InvalidOperation, DivisionByZero,
                                                         Overflow) for s in _SIGNAL_NAMES}
        elif not isinstance(traps, dict):
            traps = {s: s in traps for s in _SIGNAL_NAMES}
        self.traps = traps
        if flags is None:
            flags = {s: False for s in _SIGNAL_NAMES}
        elif not isinstance(flags, dict):
            flags = {s: s in flags for s in _SIGNAL_NAMES}
        self.flags = flags

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(value).__name__)
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, "
                                "ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, "
                                "ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [_SIGNAL_NAMES[f] for f, v in self.flags.items() if v]
        traps = [_SIGNAL_NAMES[t] for t, v in self.traps.items() if v]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=[%s], traps=[%s])' % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, ', '.join(flags),
                                             ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                       self.clamp, dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for f in self.flags:
            self.flags[f] = False

    def clear_traps(self):
        for f in self.traps:
            self.traps[f] = False

    def create_decimal(self, num='0'):
        return Decimal(num)._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _apply(self, a):
        return a._fix(self)

    def add(self, a, b):
        return _dec(a).__add__(b, context=self)

    def subtract(self, a, b):
        return _dec(a).__sub__(b, context=self)

    def multiply(self, a, b):
        return _dec(a).__mul__(b, context=self)

    def divide(self, a, b):
        return _dec(a).__truediv__(b, context=self)

    def sqrt(self, a):
        return _dec(a).sqrt(context=self)

    def quantize(self, a, b):
        return _dec(a).quantize(b, context=self)

    def power(self, a, b, modulo=None):
        return _dec(a).__pow__(b, modulo, context=self)

    def abs(self, a):
        return _dec(a).__abs__(context=self)

    def plus(self, a):
        return _dec(a).__pos__(context=self)

    def minus(self, a):
        return _dec(a).__neg__(context=self)


def _dec(v):
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return Decimal(v)
    raise TypeError("conversion from %s to Decimal is not supported" % type(v).__name__)


_current = []


def getcontext():
    """Returns this thread's context."""
    if not _current:
        _current.append(Context())
    return _current[-1]


def setcontext(context):
    """Set this thread's context to context."""
    if context in (DefaultContext, BasicContext, ExtendedContext):
        context = context.copy()
        context.clear_flags()
    if _current:
        _current[-1] = context
    else:
        _current.append(context)


class _ContextManager(object):
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """Return a context manager for a copy of the supplied context (or the current one)."""
    if ctx is None:
        ctx = getcontext()
    ctx_manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags',
                       'traps'):
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(ctx_manager.new_context, key, value)
    return ctx_manager


def _round_digits(sign, coeff, drop, rounding):
    """Drops the last `drop` digits of `coeff`, rounding by `rounding`; returns the new
    coefficient and whether anything non-zero was dropped."""
    if drop <= 0:
        return coeff * 10 ** (-drop), False
    div = 10 ** drop
    q, r = divmod(coeff, div)
    if r == 0:
        return q, False
    half = div // 2 if div > 1 else 0
    up = False
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    elif rounding == ROUND_HALF_UP:
        up = r >= half and div % 2 == 0 or r > half
        up = r * 2 >= div
    elif rounding == ROUND_HALF_DOWN:
        up = r * 2 > div
    elif rounding == ROUND_HALF_EVEN:
        up = r * 2 > div or (r * 2 == div and q % 2 == 1)
    elif rounding == ROUND_05UP:
        up = q % 10 in (0, 5)
    return q + (1 if up else 0), True


def _reflected(name, op):
    """The reflected operator method: `other <op> self` with `other` made a Decimal."""
    def method(self, other, context=None):
        other = self._convert_other(other, op, True)
        if other is NotImplemented:
            return other
        return getattr(other, name)(self, context=context)
    method.__name__ = '__r' + name[2:]
    return method


class Decimal(object):
    """Floating point class for decimal arithmetic."""
    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            return self._from_str(value, context)
        if isinstance(value, int) and not isinstance(value, bool) or isinstance(value, bool):
            value = int(value)
            self._sign = 1 if value < 0 else 0
            self._int = abs(value)
            self._exp = 0
            self._special = ''
            return self
        if isinstance(value, Decimal):
            self._sign, self._int, self._exp, self._special = (value._sign, value._int,
                                                               value._exp, value._special)
            return self
        if isinstance(value, float):
            d = Decimal.from_float(value)
            self._sign, self._int, self._exp, self._special = d._sign, d._int, d._exp, d._special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            self._sign = sign
            if exp in ('F', 'n', 'N'):
                self._special = exp
                self._int = int(''.join(map(str, digits))) if digits else 0
                self._exp = 0
            else:
                if not isinstance(exp, int):
                    raise ValueError("exponent must be an integer")
                for d in digits:
                    if not (isinstance(d, int) and 0 <= d <= 9):
                        raise ValueError("coefficient must be a tuple of digits")
                self._int = int(''.join(map(str, digits))) if digits else 0
                self._exp = exp
                self._special = ''
            return self
        raise TypeError("conversion from %s to Decimal is not supported"
                        % type(value).__name__)

    def _from_str(self, value, context):
        s = value.strip().replace('_', '')
        t = s.lower()
        sign = 0
        if t[:1] in '+-' and t:
            sign = 1 if t[0] == '-' else 0
            t = t[1:]
        self._sign = sign
        self._int = 0
        self._exp = 0
        self._special = ''
        if t in ('inf', 'infinity'):
            self._special = 'F'
            return self
        if t.startswith('nan') or t.startswith('snan'):
            rest = t[3:] if t.startswith('nan') else t[4:]
            if rest == '' or rest.isdigit():
                self._special = 'n' if t.startswith('nan') else 'N'
                self._int = int(rest) if rest else 0
                return self
        mant, _, ex = t.partition('e')
        whole, dot, frac = mant.partition('.')
        ok = (whole + frac).isdigit() and (whole + frac).isascii() and ('_' not in value or
                                                                         True)
        if ex:
            exs = ex[1:] if ex[:1] in '+-' else ex
            ok = ok and exs.isdigit() and exs.isascii()
        elif _:
            ok = False
        if not ok or '_' in value and not _valid_underscores(value.strip()):
            _raise(context or getcontext(), InvalidOperation, ConversionSyntax)
            self._special = 'n'
            return self
        self._int = int(whole + frac)
        self._exp = (int(ex) if ex else 0) - len(frac)
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a float to a decimal number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if _math.isinf(f) or _math.isnan(f):
            return cls(repr(f))
        sign = 0 if _math.copysign(1.0, f) == 1.0 else 1
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        result = object.__new__(cls)
        result._sign = sign
        result._int = n * 5 ** k
        result._exp = -k
        result._special = ''
        if cls is not Decimal:
            return cls(result)
        return result

    # ------------------------------------------------------------ predicates

    def _isnan(self):
        return self._special in ('n', 'N')

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_snan(self):
        return self._special == 'N'

    def is_qnan(self):
        return self._special == 'n'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return not self._special

    def is_zero(self):
        return not self._special and self._int == 0

    def is_signed(self):
        return self._sign == 1

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + len(str(self._int)) - 1

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._int)) if self._int or not self._special \
            else ()
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        if self._special:
            return DecimalTuple(self._sign, digits if self._int else (), self._special)
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special:
            if self._isnan():
                raise ValueError("cannot convert NaN to integer ratio")
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._exp >= 0:
            n, d = self._int * 10 ** self._exp, 1
        else:
            n, d = self._int, 10 ** -self._exp
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n), d

    # ------------------------------------------------------------ text

    def __str__(self, eng=False, context=None):
        sign = ['', '-'][self._sign]
        if self._special:
            if self._special == 'F':
                return sign + 'Infinity'
            payload = str(self._int) if self._int else ''
            return sign + ('NaN' if self._special == 'n' else 'sNaN') + payload
        digits = str(self._int)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._int == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            capitals = 1 if context is None else context.capitals
            exp = ['e', 'E'][capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __format__(self, specifier, context=None):
        if context is None:
            context = getcontext()
        import re
        m = re.fullmatch(r'(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?'
                         r'([eEfFgGn%])?', specifier)
        if m is None:
            raise ValueError("invalid format string")
        fill, align, signopt, z, alt, zero, width, grouping, prec, typ = m.groups()
        prec = int(prec) if prec is not None else None
        if self._special:
            body = str(abs(self)) if self._special == 'F' else str(self).lstrip('-')
            if self._special == 'F':
                body = 'Infinity'
        else:
            d = abs(self)
            if typ in (None, 'g', 'G', 'n'):
                if prec is not None:
                    if prec == 0:
                        prec = 1
                    d = d._round_sig(prec, context.rounding)
                if typ is None and prec is None:
                    body = str(d)
                else:
                    leftdigits = d._exp + len(str(d._int))
                    if d._exp <= 0 and leftdigits > -6:
                        body = str(d)
                        if 'E' in body or 'e' in body:
                            body = d._fmt_f(max(-d._exp, 0))
                    else:
                        body = str(d).replace('E', 'e')
                    if typ == 'G':
                        body = body.upper()
            elif typ in ('f', 'F', '%'):
                if typ == '%':
                    d = Decimal((0, tuple(int(c) for c in str(d._int)), d._exp + 2))
                p = prec
                if p is not None:
                    d = d.quantize(Decimal((0, (1,), -p)), rounding=context.rounding)
                body = d._fmt_f(max(-d._exp, 0))
                if typ == '%':
                    body += '%'
            else:
                p = prec
                digits = str(d._int)
                if p is not None:
                    d = d._round_sig(p + 1, context.rounding)
                    digits = str(d._int)
                    digits = digits + '0' * (p + 1 - len(digits))
                exp = d._exp + len(str(d._int)) - 1 if d._int else d._exp
                frac = digits[1:]
                body = digits[0] + ('.' + frac if frac else '') + typ + "%+d" % exp
        if grouping and not self._special:
            intpart, dot, rest = body.partition('.')
            if intpart.isdigit():
                intpart = format(int(intpart), grouping)
            body = intpart + dot + rest
        sign = '-' if self._sign and not (z and self.is_zero()) else (
            '+' if signopt == '+' else ' ' if signopt == ' ' else '')
        width = int(width) if width else 0
        if zero and not align:
            fill, align = '0', '='
        fill = fill or ' '
        align = align or '>'
        pad = width - len(sign) - len(body)
        if pad <= 0:
            return sign + body
        if align == '<':
            return sign + body + fill * pad
        if align == '>':
            return fill * pad + sign + body
        if align == '=':
            return sign + fill * pad + body
        left = pad // 2
        return fill * left + sign + body + fill * (pad - left)

    def _fmt_f(self, places):
        digits = str(self._int)
        if self._exp >= 0:
            s = digits + '0' * self._exp
            return s + ('.' + '0' * places if places else '')
        n = -self._exp
        digits = digits.rjust(n + 1, '0')
        out = digits[:-n] + '.' + digits[-n:]
        if places > n:
            out += '0' * (places - n)
        return out

    def _round_sig(self, prec, rounding):
        digits = len(str(self._int))
        if digits <= prec:
            return self
        coeff, _ = _round_digits(self._sign, self._int, digits - prec, rounding)
        return _make(self._sign, coeff, self._exp + digits - prec)

    # ------------------------------------------------------------ conversions

    def __int__(self):
        if self._special:
            if self._isnan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        s = (-1) ** self._sign
        if self._exp >= 0:
            return s * self._int * 10 ** self._exp
        return s * (self._int // 10 ** -self._exp)

    __trunc__ = __int__

    def __float__(self):
        if self._isnan():
            if self.is_snan():
                raise ValueError("cannot convert signaling NaN to float")
            s = "-nan" if self._sign else "nan"
        else:
            s = str(self)
        return float(s)

    def __bool__(self):
        return bool(self._special or self._int)

    def __complex__(self):
        return complex(float(self))

    def __floor__(self):
        if self._special:
            return self.__int__()
        q = self.to_integral_value(rounding=ROUND_FLOOR)
        return int(q)

    def __ceil__(self):
        if self._special:
            return self.__int__()
        return int(self.to_integral_value(rounding=ROUND_CEILING))

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            exp = _make(0, 1, -n)
            return self.quantize(exp)
        if self._special:
            if self._isnan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self.to_integral_value(rounding=ROUND_HALF_EVEN))

    # ------------------------------------------------------------ context fixing

    def _fix(self, context):
        """Rounds to the context's precision (and checks the exponent range)."""
        if self._special:
            return self
        digits = len(str(self._int))
        if digits > context.prec:
            coeff, inexact = _round_digits(self._sign, self._int, digits - context.prec,
                                           context.rounding)
            exp = self._exp + digits - context.prec
            if len(str(coeff)) > context.prec:
                coeff //= 10
                exp += 1
            result = _make(self._sign, coeff, exp)
            if inexact:
                _raise(context, Inexact)
            _raise(context, Rounded)
        else:
            result = self
        if result._int and result.adjusted() > context.Emax:
            _raise(context, Overflow)
            return _make_special(result._sign, 'F')
        return result

    # ------------------------------------------------------------ arithmetic

    def _convert_other(self, other, op, reflected=False):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if type(other).__module__ == 'builtins' and op not in ('==', '!=', '<', '<=', '>',
                                                                '>='):
            # A builtin's reflected method never takes a Decimal: fail now, naming the
            # type as CPython's C Decimal does.
            names = (type(other).__name__, 'decimal.Decimal') if reflected else (
                'decimal.Decimal', type(other).__name__)
            what = "unsupported operand type(s) for %s: '%s' and '%s'" % ((op,) + names)
            if op == '*' and isinstance(other, (str, bytes, bytearray, list, tuple)):
                what = "can't multiply sequence by non-int of type 'decimal.Decimal'"
            if op == '**':
                what = "unsupported operand type(s) for ** or pow(): '%s' and '%s'" % names
            raise TypeError(what)
        return NotImplemented

    def _nan_result(self, other, context):
        for v in (self, other):
            if v is not None and v.is_snan():
                _raise(context, InvalidOperation)
                return _make_special(v._sign, 'n', v._int)
        for v in (self, other):
            if v is not None and v.is_qnan():
                return v
        return None

    def __add__(self, other, context=None):
        other = self._convert_other(other, '+')
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if self._special or other._special:
            n = self._nan_result(other, context)
            if n is not None:
                return n
            if self.is_infinite():
                if other.is_infinite() and self._sign != other._sign:
                    _raise(context, InvalidOperation)
                    return _make_special(0, 'n')
                return self
            return other
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._int * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        total = a + b
        if total == 0:
            sign = 1 if (self._sign and other._sign) or (
                context.rounding == ROUND_FLOOR and self._sign != other._sign) else 0
        else:
            sign = 1 if total < 0 else 0
        return _make(sign, abs(total), exp)._fix(context)

    def __radd__(self, other, context=None):
        if not isinstance(other, (Decimal, int)):
            self._convert_other(other, '+', True)
        return self.__add__(other, context=context)

    def __sub__(self, other, context=None):
        other = self._convert_other(other, '-')
        if other is NotImplemented:
            return other
        return self.__add__(other.copy_negate(), context=context)

    __rsub__ = _reflected('__sub__', '-')

    def __mul__(self, other, context=None):
        other = self._convert_other(other, '*')
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            n = self._nan_result(other, context)
            if n is not None:
                return n
            if (self.is_infinite() and other.is_zero()) or (other.is_infinite() and
                                                            self.is_zero()):
                _raise(context, InvalidOperation)
                return _make_special(0, 'n')
            return _make_special(sign, 'F')
        return _make(sign, self._int * other._int, self._exp + other._exp)._fix(context)

    def __rmul__(self, other, context=None):
        if not isinstance(other, (Decimal, int)):
            self._convert_other(other, '*', True)
        return self.__mul__(other, context=context)

    def __truediv__(self, other, context=None):
        other = self._convert_other(other, '/')
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        sign = self._sign ^ other._sign
        if self._special or other._special:
            n = self._nan_result(other, context)
            if n is not None:
                return n
            if self.is_infinite() and other.is_infinite():
                _raise(context, InvalidOperation)
                return _make_special(0, 'n')
            if self.is_infinite():
                return _make_special(sign, 'F')
            return _make(sign, 0, -context.Emax - context.prec + 1)
        if other._int == 0:
            if self._int == 0:
                _raise(context, InvalidOperation, DivisionUndefined)
                return _make_special(0, 'n')
            _raise(context, DivisionByZero)
            return _make_special(sign, 'F')
        ideal = self._exp - other._exp
        if self._int == 0:
            return _make(sign, 0, ideal)._fix(context)
        shift = len(str(other._int)) - len(str(self._int)) + context.prec + 1
        exp = self._exp - other._exp - shift
        if shift >= 0:
            coeff, rem = divmod(self._int * 10 ** shift, other._int)
        else:
            coeff, rem = divmod(self._int, other._int * 10 ** -shift)
        if rem:
            if coeff % 5 == 0:
                coeff += 1
        else:
            while exp < ideal and coeff % 10 == 0:
                coeff //= 10
                exp += 1
        return _make(sign, coeff, exp)._fix(context)

    __rtruediv__ = _reflected('__truediv__', '/')

    def _divmod(self, other, context):
        sign = self._sign ^ other._sign
        if other._int == 0:
            if self._int == 0:
                _raise(context, InvalidOperation, DivisionUndefined)
                return _make_special(0, 'n'), _make_special(0, 'n')
            _raise(context, DivisionByZero)
            return _make_special(sign, 'F'), _make_special(0, 'n')
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if len(str(q)) > context.prec:
            _raise(context, InvalidOperation, DivisionImpossible)
            return _make_special(0, 'n'), _make_special(0, 'n')
        return _make(sign, q, 0), _make(self._sign, r, exp)._fix(context)

    def __floordiv__(self, other, context=None):
        other = self._convert_other(other, '//')
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        return self._divmod(other, context)[0]

    __rfloordiv__ = _reflected('__floordiv__', '//')

    def __mod__(self, other, context=None):
        other = self._convert_other(other, '%')
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if other._int == 0 and not other._special:
            _raise(context, InvalidOperation, DivisionUndefined if self.is_zero() else None)
            return _make_special(0, 'n')
        return self._divmod(other, context)[1]

    __rmod__ = _reflected('__mod__', '%')

    def __divmod__(self, other, context=None):
        other = self._convert_other(other, 'divmod')
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if other._int == 0 and not other._special and not self.is_zero() and \
                context.traps.get(InvalidOperation):
            raise InvalidOperation([InvalidOperation, DivisionByZero])
        return self._divmod(other, context)

    __rdivmod__ = _reflected('__divmod__', 'divmod')

    def __pow__(self, other, modulo=None, context=None):
        other = self._convert_other(other, '**')
        if other is NotImplemented:
            return other
        if context is None:
            context = getcontext()
        if modulo is not None:
            modulo = _dec(modulo)
            return _make(0, pow(int(self), int(other), int(modulo)) if int(self) >= 0 else
                         -pow(int(self), int(other), int(modulo)), 0)
        if self._special or other._special:
            n = self._nan_result(other, context)
            if n is not None:
                return n
        if other._special == '' and other._int * 10 ** max(other._exp, 0) == int(other) and \
                other == int(other):
            n = int(other)
            if self._special == 'F':
                if n == 0:
                    return Decimal(1)
                return _make_special(self._sign if n % 2 else 0, 'F') if n > 0 else \
                    _make(0, 0, 0)
            if n >= 0:
                res = _make(self._sign if n % 2 else 0, self._int ** n, self._exp * n)
                return res._fix(context)
            if self._int == 0:
                _raise(context, DivisionByZero)
                return _make_special(self._sign if n % 2 else 0, 'F')
            with localcontext(context) as ctx:
                ctx.prec = context.prec + 3
                base = _make(self._sign if (-n) % 2 else 0, self._int ** (-n),
                             self._exp * (-n))
                res = Decimal(1).__truediv__(base, context=ctx)
            return res._fix(context)
        if self._sign and not self.is_zero():
            _raise(context, InvalidOperation)
            return _make_special(0, 'n')
        return Decimal(repr(float(self) ** float(other)))._fix(context)

    __rpow__ = _reflected('__pow__', '**')

    def __neg__(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            return _make_special(1 - self._sign, self._special, self._int) \
                if not self._isnan() else self
        sign = 0 if self._int == 0 and context.rounding != ROUND_FLOOR else 1 - self._sign
        return _make(sign, self._int, self._exp)._fix(context)

    def __pos__(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            return self
        sign = 0 if self._int == 0 and context.rounding != ROUND_FLOOR else self._sign
        return _make(sign, self._int, self._exp)._fix(context)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        if self._sign:
            return self.__neg__(context=context)
        return self.__pos__(context=context)

    def copy_abs(self):
        return _make_any(0, self._int, self._exp, self._special)

    def copy_negate(self):
        return _make_any(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _dec(other)
        return _make_any(other._sign, self._int, self._exp, self._special)

    # ------------------------------------------------------------ comparisons

    def _cmp(self, other):
        if self._special or other._special:
            a = float('inf') if self._special == 'F' else 0
            b = float('inf') if other._special == 'F' else 0
            if self._special == 'F' and other._special == 'F':
                return (other._sign - self._sign) if self._sign != other._sign else 0
            if self._special == 'F':
                return -1 if self._sign else 1
            return 1 if other._sign else -1
        if not self._int and not other._int:
            return 0
        if not self._int:
            return 1 if other._sign else -1
        if not other._int:
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        exp = min(self._exp, other._exp)
        a = self._int * 10 ** (self._exp - exp)
        b = other._int * 10 ** (other._exp - exp)
        c = (a > b) - (a < b)
        return -c if self._sign else c

    def _compare_other(self, other, op):
        if isinstance(other, float):
            if _math.isnan(other):
                return None
            other = Decimal.from_float(other)
        elif isinstance(other, _numbers.Rational) and not isinstance(other, int):
            if op in ('==', '!='):
                n, d = self.as_integer_ratio() if not self._special else (None, None)
                return ('ratio', n, d)
            return NotImplemented
        other = self._convert_other(other, op)
        return other

    def __eq__(self, other, context=None):
        o = self._compare_other(other, '==')
        if o is NotImplemented:
            return o
        if o is None:
            return False
        if isinstance(o, tuple):
            return o[1] is not None and o[1] * other.denominator == other.numerator * o[2]
        if self._isnan() or o._isnan():
            return False
        return self._cmp(o) == 0

    def _order(self, other, op):
        o = self._compare_other(other, op)
        if o is NotImplemented or o is None:
            return o
        if self._isnan() or o._isnan():
            if self.is_snan() or o.is_snan() or True:
                _raise(getcontext(), InvalidOperation)
            return None
        return self._cmp(o)

    def __lt__(self, other, context=None):
        c = self._order(other, '<')
        return c if c is NotImplemented else (c is not None and c < 0)

    def __le__(self, other, context=None):
        c = self._order(other, '<=')
        return c if c is NotImplemented else (c is not None and c <= 0)

    def __gt__(self, other, context=None):
        c = self._order(other, '>')
        return c if c is NotImplemented else (c is not None and c > 0)

    def __ge__(self, other, context=None):
        c = self._order(other, '>=')
        return c if c is NotImplemented else (c is not None and c >= 0)

    def compare(self, other, context=None):
        other = _dec(other)
        if self._isnan() or other._isnan():
            return self._nan_result(other, context or getcontext())
        return Decimal(self._cmp(other))

    def max(self, other, context=None):
        other = _dec(other)
        return self if self._cmp(other) >= 0 else other

    def min(self, other, context=None):
        other = _dec(other)
        return self if self._cmp(other) <= 0 else other

    def __hash__(self):
        if self._special:
            if self.is_snan():
                raise TypeError('Cannot hash a signaling NaN value.')
            elif self.is_nan():
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = 2 ** 61 - 1
        if self._exp >= 0:
            exp_hash = pow(10, self._exp, modulus)
        else:
            exp_hash = pow(pow(10, modulus - 2, modulus), -self._exp, modulus)
        hash_ = self._int * exp_hash % modulus
        ans = hash_ if self >= 0 else -hash_
        return -2 if ans == -1 else ans

    # ------------------------------------------------------------ rounding, exponents

    def quantize(self, exp, rounding=None, context=None):
        """Round to the exponent of `exp`."""
        exp = _dec(exp)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context.rounding
        if self._special or exp._special:
            n = self._nan_result(exp, context)
            if n is not None:
                return n
            if self.is_infinite() and exp.is_infinite():
                return self
            _raise(context, InvalidOperation)
            return _make_special(0, 'n')
        coeff, inexact = _round_digits(self._sign, self._int, exp._exp - self._exp, rounding)
        if len(str(coeff)) > context.prec:
            _raise(context, InvalidOperation)
            return _make_special(0, 'n')
        if inexact:
            _raise(context, Inexact)
        return _make(self._sign, coeff, exp._exp)

    def to_integral_value(self, rounding=None, context=None):
        if self._special or self._exp >= 0:
            return self
        if context is None:
            context = getcontext()
        return self.quantize(_make(0, 1, 0), rounding=rounding, context=context)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        return self.to_integral_value(rounding, context)

    def normalize(self, context=None):
        if context is None:
            context = getcontext()
        if self._special:
            return self
        d = self._fix(context)
        if d._int == 0:
            return _make(d._sign, 0, 0)
        coeff, exp = d._int, d._exp
        while coeff % 10 == 0:
            coeff //= 10
            exp += 1
        return _make(d._sign, coeff, exp)

    def sqrt(self, context=None):
        """Return the square root of self, rounded to the context precision."""
        if context is None:
            context = getcontext()
        if self._special:
            n = self._nan_result(None, context)
            if n is not None:
                return n
            if self._sign:
                _raise(context, InvalidOperation)
                return _make_special(0, 'n')
            return self
        if not self._int:
            return _make(self._sign, 0, self._exp // 2)
        if self._sign:
            _raise(context, InvalidOperation)
            return _make_special(0, 'n')
        prec = context.prec + 1
        e = self._exp
        c = self._int
        if e % 2:
            c *= 10
            e -= 1
        l = (len(str(c)) + 1) // 2
        shift = prec - l
        if shift >= 0:
            c *= 100 ** shift
        else:
            c //= 100 ** -shift
        r = _math.isqrt(c)
        exact = r * r == c
        new_exp = e // 2 - shift
        if exact:
            ideal = self._exp // 2
            while new_exp < ideal and r % 10 == 0:
                r //= 10
                new_exp += 1
        elif r % 5 == 0:
            r += 1
        return _make(0, r, new_exp)._fix(context)

    def scaleb(self, other, context=None):
        other = _dec(other)
        return _make_any(self._sign, self._int, self._exp + int(other), self._special)

    def same_quantum(self, other, context=None):
        other = _dec(other)
        if self._special or other._special:
            return self._special == other._special
        return self._exp == other._exp

    def fma(self, other, third, context=None):
        with localcontext(context) as ctx:
            ctx.prec = 10 ** 6
            prod = self.__mul__(other, context=ctx)
        return prod.__add__(third, context=context)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _valid_underscores(s):
    import re
    return re.fullmatch(r'[+-]?(\d(_?\d)*)?(\.(\d(_?\d)*)?)?([eE][+-]?\d(_?\d)*)?', s) is not None


def _make(sign, coeff, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coeff
    d._exp = exp
    d._special = ''
    return d


def _make_any(sign, coeff, exp, special):
    d = _make(sign, coeff, exp)
    d._special = special
    return d


def _make_special(sign, special, payload=0):
    return _make_any(sign, payload, 0, special)


_numbers.Number.register(Decimal)

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0,
                         traps={s: s in (InvalidOperation, DivisionByZero, Overflow)
                                for s in _SIGNAL_NAMES})
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps={s: s in (DivisionByZero, Overflow, InvalidOperation, Clamped,
                                       Underflow) for s in _SIGNAL_NAMES})
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN,
                          traps={s: False for s in _SIGNAL_NAMES})
