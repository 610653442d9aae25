"""Dates and times (after CPython 3.11's datetime): timedelta, date, time, datetime, tzinfo and
timezone (fixed offsets, timezone.utc). Arithmetic is exact on integer microseconds; naive
values are local times as the time module sees them; strftime and strptime handle the
C-standard directives themselves (%a %A %b %B %c %d %f %H %I %j %m %M %p %S %U %w %W %x %X
%y %Y %z %Z %G %V %u %%)."""

import time as _time
import math as _math
import operator as _operator

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR',
           'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
               'Nov', 'Dec']
_FULLMONTHNAMES = [None, 'January', 'February', 'March', 'April', 'May', 'June', 'July',
                   'August', 'September', 'October', 'November', 'December']
_DAYNAMES = [None, 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULLDAYNAMES = [None, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
                 'Sunday']


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _index(v):
    try:
        return _operator.index(v)
    except TypeError:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer") \
            from None


def _check_date_fields(year, month, day):
    year, month, day = _index(year), _index(month), _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f'year {year} is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour, minute, second = _index(hour), _index(minute), _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '"
                        f"{type(tz).__name__}'")


def _cname(obj):
    t = type(obj)
    if t.__module__ == 'datetime':
        return 'datetime.' + t.__name__
    return t.__name__


def _foreign(b):
    """Whether b's type cannot handle an operation with ours (so the error is raised here,
    naming the types as CPython's C classes do)."""
    return type(b).__module__ in ('builtins', 'datetime')


def _binop(op, rname, a, b):
    if not _foreign(b):
        return NotImplemented
    raise TypeError(f"unsupported operand type(s) for {op}: '{_cname(a)}' and '{_cname(b)}'")


def _cmp_error(op, a, b):
    if not _foreign(b):
        return NotImplemented
    raise TypeError(f"'{op}' not supported between instances of '{_cname(a)}' and "
                    f"'{_cname(b)}'")


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _wrap_strftime_num(n, width):
    return f'{n:0{width}d}'


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _isocalendar(y, m, d):
    year = y
    week1 = _iso_week1_monday(year)
    today = _ymd2ord(y, m, d)
    week, day = divmod(today - week1, 7)
    if week < 0:
        year -= 1
        week1 = _iso_week1_monday(year)
        week, day = divmod(today - week1, 7)
    elif week >= 52:
        if today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, day + 1


def _format_offset(off, sep=':'):
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rem = divmod(off, timedelta(hours=1))
    mm, rem = divmod(rem, timedelta(minutes=1))
    s = f'{sign}{hh:02d}{sep}{mm:02d}'
    if rem:
        s += f'{sep}{rem.seconds:02d}'
        if rem.microseconds:
            s += f'.{rem.microseconds:06d}'
    return s


def _strftime(obj, fmt, y, mo, d, hh, mi, ss, us):
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    out = []
    i = 0
    n = len(fmt)
    wd = (_ymd2ord(y, mo, d) + 6) % 7
    yday = _days_before_month(y, mo) + d
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i == n:
            out.append(c)
            continue
        c = fmt[i]
        i += 1
        if c == 'Y':
            out.append(str(y) if y >= 1000 else f'{y}')
        elif c == 'm':
            out.append(f'{mo:02d}')
        elif c == 'd':
            out.append(f'{d:02d}')
        elif c == 'e':
            out.append(f'{d:2d}')
        elif c == 'H':
            out.append(f'{hh:02d}')
        elif c == 'I':
            out.append(f'{(hh % 12) or 12:02d}')
        elif c == 'M':
            out.append(f'{mi:02d}')
        elif c == 'S':
            out.append(f'{ss:02d}')
        elif c == 'f':
            out.append(f'{us:06d}')
        elif c == 'y':
            out.append(f'{y % 100:02d}')
        elif c == 'a':
            out.append(_DAYNAMES[wd + 1])
        elif c == 'A':
            out.append(_FULLDAYNAMES[wd + 1])
        elif c == 'b' or c == 'h':
            out.append(_MONTHNAMES[mo])
        elif c == 'B':
            out.append(_FULLMONTHNAMES[mo])
        elif c == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif c == 'j':
            out.append(f'{yday:03d}')
        elif c == 'w':
            out.append(str((wd + 1) % 7))
        elif c == 'u':
            out.append(str(wd + 1))
        elif c == 'U':
            out.append(f'{(yday + 6 - (wd + 1) % 7) // 7:02d}')
        elif c == 'W':
            out.append(f'{(yday + 6 - wd) // 7:02d}')
        elif c == 'G':
            out.append(str(_isocalendar(y, mo, d)[0]))
        elif c == 'V':
            out.append(f'{_isocalendar(y, mo, d)[1]:02d}')
        elif c == 'c':
            out.append(f'{_DAYNAMES[wd + 1]} {_MONTHNAMES[mo]} {d:2d} '
                       f'{hh:02d}:{mi:02d}:{ss:02d} {y}')
        elif c == 'x':
            out.append(f'{mo:02d}/{d:02d}/{y % 100:02d}')
        elif c == 'X' or c == 'T':
            out.append(f'{hh:02d}:{mi:02d}:{ss:02d}')
        elif c == 'D':
            out.append(f'{mo:02d}/{d:02d}/{y % 100:02d}')
        elif c == 'F':
            out.append(f'{y}-{mo:02d}-{d:02d}')
        elif c == 'R':
            out.append(f'{hh:02d}:{mi:02d}')
        elif c == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, ''))
        elif c == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append(name or '')
        elif c == 'n':
            out.append('\n')
        elif c == 't':
            out.append('\t')
        elif c == '%':
            out.append('%')
        else:
            out.append('%' + c)
    return ''.join(out)


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        parts = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        scale = (86400000000, 1000000, 1, 1000, 60000000, 3600000000, 604800000000)
        for p in parts:
            if not isinstance(p, (int, float)):
                raise TypeError(f"unsupported type for timedelta days component: "
                                f"{type(p).__name__}")
        if all(isinstance(p, int) for p in parts):
            total = sum(p * s for p, s in zip(parts, scale))
        else:
            from fractions import Fraction
            exact = sum(Fraction(p) * s for p, s in zip(parts, scale))
            total = round(exact)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, total):
        days, rem = divmod(total, 86400000000)
        secs, us = divmod(rem, 1000000)
        # CPython converts the day count to a C int before its range check.
        if not -2**31 <= days < 2**31:
            raise OverflowError('Python int too large to convert to C int')
        if abs(days) > 999999999:
            raise OverflowError(f'days={days}; must have magnitude <= 999999999')
        self = object.__new__(cls)
        self._days = days
        self._seconds = secs
        self._microseconds = us
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append(f'days={self._days}')
        if self._seconds:
            args.append(f'seconds={self._seconds}')
        if self._microseconds:
            args.append(f'microseconds={self._microseconds}')
        if not args:
            args.append('0')
        return f"{self.__class__.__module__}.{self.__class__.__qualname__}({', '.join(args)})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f'{hh}:{mm:02d}:{ss:02d}'
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            s = f'{self._days} day{plural}, ' + s
        if self._microseconds:
            s += f'.{self._microseconds:06d}'
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        if isinstance(other, date):
            return NotImplemented
        return _binop('+', '__radd__', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return _binop('-', '__rsub__', self, other)

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(self._us() * a, b))
        return _binop('*', '__rmul__', self, other)

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self * other
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            if not other._us():
                raise ZeroDivisionError('integer division or modulo by zero')
            return self._us() // other._us()
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            if not other._us():
                raise ZeroDivisionError('division by zero')
            return self._us() / other._us()
        if isinstance(other, int):
            if not other:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_divide_and_round(self._us(), other))
        if isinstance(other, float):
            if not other:
                raise ZeroDivisionError('division by zero')
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            if not other._us():
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            if not other._us():
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _cmpop(self, other, op, sym):
        if isinstance(other, timedelta):
            return op(self._us(), other._us())
        return _cmp_error(sym, self, other)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        return self._cmpop(other, _operator.lt, '<')

    def __le__(self, other):
        return self._cmpop(other, _operator.le, '<=')

    def __gt__(self, other):
        return self._cmpop(other, _operator.gt, '>')

    def __ge__(self, other):
        return self._cmpop(other, _operator.ge, '>=')

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))


def _divide_and_round(a, b):
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """A calendar date (proleptic Gregorian)."""
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if (month is None and isinstance(year, (bytes, str)) and len(year) == 4 and
                1 <= ord(year[2:3]) <= 12):
            # Pickle support: the state string.
            if isinstance(year, str):
                year = bytes(year, 'latin1')
            self = object.__new__(cls)
            yhi, ylo, self._month, self._day = year
            self._year = yhi * 256 + ylo
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError(f'ordinal must be >= 1')
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        # A malformed string is reported as such; a field out of range as the constructor
        # says ('month must be in 1..12').
        try:
            fields = _parse_isoformat_date(date_string)
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError(f'Year is out of range: {year}')
        if not 0 < week < 53:
            out_of_range = True
            if week == 53:
                first_weekday = _ymd2ord(year, 1, 1) % 7
                if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                    out_of_range = False
            if out_of_range:
                raise ValueError(f'Invalid week: {week}')
        if not 0 < day < 8:
            raise ValueError(f'Invalid weekday: {day} (range is [1, 7])')
        day_1 = _iso_week1_monday(year)
        return cls(*_ord2ymd(day_1 + (week - 1) * 7 + day - 1))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return (f'{self.__class__.__module__}.{self.__class__.__qualname__}'
                f'({self._year}, {self._month}, {self._day})')

    def isoformat(self):
        return f'{self._year:04d}-{self._month:02d}-{self._day:02d}'

    __str__ = isoformat

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return (f'{_DAYNAMES[wd]} {_MONTHNAMES[self._month]} {self._day:2d} 00:00:00 '
                f'{self._year:04d}')

    def strftime(self, format):
        return _strftime(self, format, self._year, self._month, self._day, 0, 0, 0, 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day, -1))

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return _IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def _key(self):
        return (self._year, self._month, self._day)

    def _cmpop(self, other, op, sym):
        if isinstance(other, datetime):
            raise TypeError(f"can't compare {_cname(other)} to {_cname(self)}")
        if isinstance(other, date):
            return op(self._key(), other._key())
        return _cmp_error(sym, self, other)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        return self._cmpop(other, _operator.lt, '<')

    def __le__(self, other):
        return self._cmpop(other, _operator.le, '<=')

    def __gt__(self, other):
        return self._cmpop(other, _operator.gt, '>')

    def __ge__(self, other):
        return self._cmpop(other, _operator.ge, '>=')

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        return _binop('+', '__radd__', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return _binop('-', '__rsub__', self, other)

    def _getstate(self):
        yhi, ylo = divmod(self._year, 256)
        return bytes([yhi, ylo, self._month, self._day]),

    def __reduce__(self):
        return (self.__class__, self._getstate())


class _IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return f'datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})'

    def __reduce__(self):
        return (tuple, (tuple(self),))


_IsoCalendarDate.__name__ = 'IsoCalendarDate'
_IsoCalendarDate.__qualname__ = 'IsoCalendarDate'

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone information."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('tzinfo subclass must override tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('tzinfo subclass must override utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('tzinfo subclass must override dst()')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results')
        return dt + dtdst


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{name}() must return None or timedelta, not "
                        f"'{type(offset).__name__}'")
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError(f'offset must be a timedelta strictly between -timedelta(hours=24) '
                         f'and timedelta(hours=24), not {offset!r}.')


class time:
    """A time of day, optionally with a tzinfo."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold',
                 '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if (isinstance(hour, (bytes, str)) and len(hour) == 6 and
                ord(hour[0:1]) & 0x7F < 24):
            # Pickle support: the state string and the tzinfo.
            if isinstance(hour, str):
                hour = bytes(hour, 'latin1')
            tzinfo = minute or None
            if tzinfo is not None and not isinstance(tzinfo, _tzinfo_class):
                raise TypeError("bad tzinfo state arg")
            self = object.__new__(cls)
            h, self._minute, self._second, us1, us2, us3 = hour
            self._fold, self._hour = (1, h - 128) if h > 127 else (0, h)
            self._microsecond = (((us1 << 8) | us2) << 8) | us3
            self._tzinfo = tzinfo
            self._hashcode = -1
            return self
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            return cls(*_parse_isoformat_time(s))
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {time_string!r}') from None

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(None)
        _check_utc_offset('utcoffset', off)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(None)
        _check_utc_offset('dst', off)
        return off

    def __repr__(self):
        if self._microsecond:
            s = f'{self._hour}, {self._minute}, {self._second}, {self._microsecond}'
        elif self._second:
            s = f'{self._hour}, {self._minute}, {self._second}'
        else:
            s = f'{self._hour}, {self._minute}'
        if self._tzinfo is not None:
            s += f', tzinfo={self._tzinfo!r}'
        if self._fold:
            s += ', fold=1'
        return f'{self.__class__.__module__}.{self.__class__.__qualname__}({s})'

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    __str__ = isoformat

    def strftime(self, format):
        return _strftime(self, format, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f'must be str, not {type(fmt).__name__}')
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other, sym):
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return _cmp(self._key(), other._key())
        if myoff is None or otoff is None:
            if sym == '==':
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, '==') == 0
        return NotImplemented

    def _cmpop(self, other, sym, test):
        if isinstance(other, time):
            return test(self._cmp(other, sym))
        return _cmp_error(sym, self, other)

    def __lt__(self, other):
        return self._cmpop(other, '<', lambda c: c < 0)

    def __le__(self, other):
        return self._cmpop(other, '<=', lambda c: c <= 0)

    def __gt__(self, other):
        return self._cmpop(other, '>', lambda c: c > 0)

    def __ge__(self, other):
        return self._cmpop(other, '>=', lambda c: c >= 0)

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if not off:
                self._hashcode = hash(self._key())
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - off,
                              timedelta(hours=1))
                self._hashcode = hash((h, m // timedelta(minutes=1), self._second,
                                       self._microsecond))
        return self._hashcode

    def _getstate(self, protocol=3):
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        h = self._hour
        if self._fold and protocol > 3:
            h += 128
        basestate = bytes([h, self._minute, self._second, us1, us2, us3])
        return (basestate,) if self._tzinfo is None else (basestate, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (self.__class__, self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _format_time(hh, mm, ss, us, timespec):
    specs = {
        'hours': '{:02d}',
        'minutes': '{:02d}:{:02d}',
        'seconds': '{:02d}:{:02d}:{:02d}',
        'milliseconds': '{:02d}:{:02d}:{:02d}.{:03d}',
        'microseconds': '{:02d}:{:02d}:{:02d}.{:06d}',
    }
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    try:
        fmt = specs[timespec]
    except KeyError:
        raise ValueError('Unknown timespec value')
    return fmt.format(hh, mm, ss, us)


def _parse_isoformat_date(s):
    if len(s) == 10 and s[4] == '-' and s[7] == '-':
        parts = (s[0:4], s[5:7], s[8:10])
    elif len(s) == 8 and s.isdigit():
        parts = (s[0:4], s[4:6], s[6:8])
    else:
        raise ValueError('bad date')
    for p in parts:
        if not (p.isdigit() and p.isascii()):
            raise ValueError('bad date')
    return tuple(int(p) for p in parts)


def _parse_isoformat_time(s):
    tz = None
    for i, ch in enumerate(s):
        if ch in '+-Z':
            tzs = s[i:]
            s = s[:i]
            if tzs == 'Z':
                tz = timezone.utc
            else:
                sign = -1 if tzs[0] == '-' else 1
                h, m, sec, us = _parse_hms(tzs[1:])
                off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
                tz = timezone.utc if not off else timezone(sign * off)
            break
    h, m, sec, us = _parse_hms(s)
    return h, m, sec, us, tz


def _parse_hms(s):
    frac = 0
    for sep in '.,':
        if sep in s:
            s, f = s.split(sep, 1)
            if not f or not f.isdigit() or len(f) > 9 and False:
                raise ValueError('bad fraction')
            frac = int((f + '000000')[:6])
            break
    if ':' in s:
        parts = s.split(':')
    else:
        if len(s) % 2:
            raise ValueError('bad time')
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or any(len(p) != 2 or not p.isdigit() for p in parts):
        raise ValueError('bad time')
    nums = [int(p) for p in parts] + [0] * (3 - len(parts))
    return nums[0], nums[1], nums[2], frac


class datetime(date):
    """A date with a time of day, optionally with a tzinfo."""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if (isinstance(year, (bytes, str)) and len(year) == 10 and
                1 <= ord(year[2:3]) & 0x7F <= 12):
            # Pickle support: the state string and the tzinfo.
            if isinstance(year, str):
                year = bytes(year, 'latin1')
            tzinfo = month
            if tzinfo is not None and not isinstance(tzinfo, _tzinfo_class):
                raise TypeError("bad tzinfo state arg")
            self = object.__new__(cls)
            (yhi, ylo, m, self._day, self._hour, self._minute, self._second,
             us1, us2, us3) = year
            self._fold, self._month = (1, m - 128) if m > 127 else (0, m)
            self._year = yhi * 256 + ylo
            self._microsecond = (((us1 << 8) | us2) << 8) | us3
            self._tzinfo = tzinfo
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss, weekday, jday, dst = converter(int(t))
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if not isinstance(t, (int, float)):
            raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")
        if tz is None:
            return cls._fromtimestamp(t, False, None)
        return tz.fromutc(cls._fromtimestamp(t, True, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not "
                            f"{type(date).__name__}")
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not "
                            f"{type(time).__name__}")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if date_string[4:5] == '-':
                dpart, rest = date_string[:10], date_string[10:]
            else:
                dpart, rest = date_string[:8], date_string[8:]
            tpart = rest[1:]
            if rest and not tpart:
                raise ValueError('empty time')
            y, m, d = _parse_isoformat_date(dpart)
            if tpart:
                hh, mm, ss, us, tz = _parse_isoformat_time(tpart)
            else:
                hh = mm = ss = us = 0
                tz = None
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            flag = -1
        elif dst:
            flag = 1
        else:
            flag = 0
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day,
                                  flag))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _time.struct_time((dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second,
                                  dt.weekday(), dt.timetuple()[7], 0))

    def _mktime(self):
        return _time.mktime((self._year, self._month, self._day, self._hour, self._minute,
                             self._second, 0, 0, -1))

    def timestamp(self):
        if self._tzinfo is None:
            s = self._mktime()
            return s + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _local_timezone(self):
        ts = (self - _EPOCH_NAIVE) // timedelta(seconds=1) if self._tzinfo is None \
            else (self - _EPOCH) // timedelta(seconds=1)
        if self._tzinfo is None:
            ts = self._mktime()
        lt = _time.localtime(ts)
        return timezone(timedelta(seconds=lt.tm_gmtoff), lt.tm_zone)

    def astimezone(self, tz=None):
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type "
                            f"'{type(tz).__name__}'")
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        wd = self.toordinal() % 7 or 7
        return (f'{_DAYNAMES[wd]} {_MONTHNAMES[self._month]} {self._day:2d} '
                f'{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}')

    def isoformat(self, sep='T', timespec='auto'):
        s = (f'{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}' +
             _format_time(self._hour, self._minute, self._second, self._microsecond,
                          timespec))
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second,
             self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = f"{self.__class__.__module__}.{self.__class__.__qualname__}({', '.join(map(str, L))})"
        if self._tzinfo is not None:
            s = s[:-1] + f', tzinfo={self._tzinfo!r})'
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, format):
        return _strftime(self, format, self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(self)
        _check_utc_offset('utcoffset', off)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(self)
        _check_utc_offset('dst', off)
        return off

    def _us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 +
                 self._second) * 1000000 + self._microsecond)

    def _cmp(self, other, sym):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base = myoff == otoff
        if base:
            return _cmp(self._us(), other._us())
        if myoff is None or otoff is None:
            if sym == '==':
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = (self._us() - myoff._us()) - (other._us() - otoff._us())
        return _cmp(diff, 0)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, '==') == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def _cmpop(self, other, sym, test):
        if isinstance(other, datetime):
            return test(self._cmp(other, sym))
        if isinstance(other, date):
            raise TypeError(f"can't compare {_cname(self)} to {_cname(other)}")
        return _cmp_error(sym, self, other)

    def __lt__(self, other):
        return self._cmpop(other, '<', lambda c: c < 0)

    def __le__(self, other):
        return self._cmpop(other, '<=', lambda c: c <= 0)

    def __gt__(self, other):
        return self._cmpop(other, '>', lambda c: c > 0)

    def __ge__(self, other):
        return self._cmpop(other, '>=', lambda c: c >= 0)

    @classmethod
    def _from_us(cls, us, tz, fold=0):
        days, rem = divmod(us, 86400000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        secs, usec = divmod(rem, 1000000)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        y, m, d = _ord2ymd(days)
        return cls(y, m, d, hh, mm, ss, usec, tz)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return _binop('+', '__radd__', self, other)
        return type(self)._from_us(self._us() + other._us(), self._tzinfo)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        return NotImplemented

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return _binop('-', '__rsub__', self, other)
        base = self._us() - other._us()
        if self._tzinfo is other._tzinfo:
            return timedelta._from_us(base)
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return timedelta._from_us(base)
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return timedelta._from_us(base + otoff._us() - myoff._us())

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(self._us())
            else:
                self._hashcode = hash(self._us() - off._us())
        return self._hashcode

    def _getstate(self, protocol=3):
        yhi, ylo = divmod(self._year, 256)
        us2, us3 = divmod(self._microsecond, 256)
        us1, us2 = divmod(us2, 256)
        m = self._month
        if self._fold and protocol > 3:
            m += 128
        basestate = bytes([yhi, ylo, m, self._day, self._hour, self._minute, self._second,
                           us1, us2, us3])
        return (basestate,) if self._tzinfo is None else (basestate, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (self.__class__, self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


class timezone(tzinfo):
    """A fixed offset from UTC."""
    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not "
                            f"{type(offset).__name__}")
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not '
                             f'{offset!r}.')
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f'datetime.timezone({self._offset!r})'
        return f'datetime.timezone({self._offset!r}, {self._name!r})'

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset() argument must be a datetime instance or None')

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError('tzname() argument must be a datetime instance or None')

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst() argument must be a datetime instance or None')

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance or None')

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (timezone, self.__getinitargs__())

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_NAIVE = datetime(1970, 1, 1)


_STRPTIME_FIELDS = {
    'Y': r'(?P<Y>\d\d\d\d)',
    'm': r'(?P<m>1[0-2]|0[1-9]|[1-9])',
    'd': r'(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])',
    'H': r'(?P<H>2[0-3]|[0-1]\d|\d)',
    'I': r'(?P<I>1[0-2]|0[1-9]|[1-9])',
    'M': r'(?P<M>[0-5]\d|\d)',
    'S': r'(?P<S>6[0-1]|[0-5]\d|\d)',
    'f': r'(?P<f>[0-9]{1,6})',
    'y': r'(?P<y>\d\d)',
    'j': r'(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])',
    'b': '(?P<b>' + '|'.join(_FULLMONTHNAMES[1:] + _MONTHNAMES[1:]) + ')',
    'a': '(?P<a>' + '|'.join(_FULLDAYNAMES[1:] + _DAYNAMES[1:]) + ')',
    'p': r'(?P<p>am|pm)',
    'z': r'(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))',
    'Z': r'(?P<Z>utc|gmt)',
    'w': r'(?P<w>[0-6])',
    'u': r'(?P<u>[1-7])',
}
_STRPTIME_FIELDS['B'] = _STRPTIME_FIELDS['b'].replace('?P<b>', '?P<B>')
_STRPTIME_FIELDS['A'] = _STRPTIME_FIELDS['a'].replace('?P<a>', '?P<A>')


def _strptime(cls, data_string, format):
    import re
    for name, v in (('1', data_string), ('2', format)):
        if not isinstance(v, str):
            raise TypeError(f'strptime() argument {name} must be str, not {type(v).__name__}')
    pat = []
    i = 0
    seen = set()
    while i < len(format):
        c = format[i]
        if c == '%' and i + 1 < len(format):
            d = format[i + 1]
            i += 2
            if d == '%':
                pat.append('%')
            elif d in _STRPTIME_FIELDS:
                if d in seen:
                    pat.append(f'(?P={d})')
                else:
                    seen.add(d)
                    pat.append(_STRPTIME_FIELDS[d])
            else:
                raise ValueError(f"'{d}' is a bad directive in format '%{d}'")
        elif c == '%':
            raise ValueError('stray % in format \'%s\'' % format)
        else:
            pat.append(r'\s+' if c.isspace() else re.escape(c))
            i += 1
    m = re.compile(''.join(pat), re.IGNORECASE).match(data_string)
    if not m:
        raise ValueError(f'time data {data_string!r} does not match format {format!r}')
    if len(data_string) != m.end():
        raise ValueError(f'unconverted data remains: {data_string[m.end():]}')
    g = m.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = us = 0
    tz = None
    if 'Y' in g:
        year = int(g['Y'])
    elif 'y' in g:
        year = int(g['y'])
        year += 2000 if year <= 68 else 1900
    if 'm' in g:
        month = int(g['m'])
    for k in ('b', 'B'):
        if k in g:
            name = g[k].lower()
            for n in range(1, 13):
                if name in (_MONTHNAMES[n].lower(), _FULLMONTHNAMES[n].lower()):
                    month = n
    if 'd' in g:
        day = int(g['d'])
    if 'H' in g:
        hour = int(g['H'])
    elif 'I' in g:
        hour = int(g['I'])
        ampm = g.get('p', '').lower()
        if ampm == 'pm':
            hour = hour % 12 + 12
        elif ampm == 'am' or not ampm:
            hour = hour % 12
    if 'M' in g:
        minute = int(g['M'])
    if 'S' in g:
        second = int(g['S'])
    if 'f' in g:
        us = int(g['f'] + '0' * (6 - len(g['f'])))
    if 'j' in g and 'm' not in g and 'd' not in g:
        o = _ymd2ord(year, 1, 1) + int(g['j']) - 1
        year, month, day = _ord2ymd(o)
    if 'z' in g:
        z = g['z']
        if z == 'Z':
            tz = timezone.utc
        else:
            sign = -1 if z[0] == '-' else 1
            z = z[1:].replace(':', '')
            hh, mm = int(z[0:2]), int(z[2:4])
            ss = int(z[4:6]) if len(z) >= 6 else 0
            frac = z[7:] if len(z) > 6 else ''
            off = timedelta(hours=hh, minutes=mm, seconds=ss,
                            microseconds=int((frac + '000000')[:6]) if frac else 0)
            tz = timezone(sign * off)
    if second > 59:
        second = 59
    if cls is time:
        return time(hour, minute, second, us, tz)
    return cls(year, month, day, hour, minute, second, us, tz)

# The tzinfo class under a name the constructors' tzinfo parameters do not shadow.
_tzinfo_class = tzinfo
