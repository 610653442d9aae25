"""Time access and conversions: the clocks come from the native `_time` module; the
calendar conversions (gmtime, localtime, mktime, strftime, asctime, ctime) are computed here.
The local zone is the one `TZ` names (read from `os.environ` when `os` is imported, as glibc
rereads it), else `/etc/localtime`; the native `_tz` gives the UTC offset at an instant.
"""

import sys as _sys
import _tz
import posix as _posix
from _time import (sleep, time, perf_counter, monotonic, time_ns, perf_counter_ns,
                   monotonic_ns, process_time, process_time_ns, thread_time,
                   thread_time_ns)

_START_TZ = _posix._environ().get('TZ')
_zones = {}


def _zone():
    os = _sys.modules.get('os')
    spec = os.environ.get('TZ') if os is not None else _START_TZ
    z = _zones.get(spec)
    if z is None:
        z = _zones[spec] = _tz.load(spec)
    return z

_DAYS = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
           'tm_yday', 'tm_isdst')


class struct_time:
    """The time value as returned by gmtime(), localtime(), and strptime()."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __init__(self, values, zone=None, gmtoff=None):
        values = tuple(values)
        if len(values) < 9:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)'
                            % len(values))
        if len(values) > 11:
            raise TypeError('time.struct_time() takes an at most 11-sequence (%d-sequence given)'
                            % len(values))
        self._values = values[:9]
        for name, v in zip(_FIELDS, values):
            setattr(self, name, v)
        self.tm_zone = values[9] if len(values) > 9 else zone
        self.tm_gmtoff = values[10] if len(values) > 10 else gmtoff

    def __getitem__(self, i):
        return self._values[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._values == other._values
        if isinstance(other, tuple):
            return self._values == other
        return NotImplemented

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(_FIELDS, self._values))


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _yday(y, m, d):
    return _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d


def _from_days(n):
    """Civil date (y, m, d) of day number n (0 = 1970-01-01)."""
    z = n + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return (y + (m <= 2), m, d)


def _seconds(secs, name):
    if secs is None:
        return int(time() // 1)
    if not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    if secs != secs:
        raise ValueError("Invalid value NaN (not a number)")
    if isinstance(secs, float):
        if secs in (float('inf'), float('-inf')):
            raise OverflowError("timestamp out of range for platform time_t")
        secs = int(secs // 1)
    return secs


def gmtime(secs=None):
    """Convert seconds since the Epoch to a time tuple expressing UTC."""
    s = _seconds(secs, 'gmtime')
    days, rem = divmod(s, 86400)
    y, m, d = _from_days(days)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + 3) % 7
    return struct_time((y, m, d, hh, mm, ss, wday, _yday(y, m, d), 0), 'GMT', 0)


def localtime(secs=None):
    """Convert seconds since the Epoch to a time tuple expressing local time."""
    s = _seconds(secs, 'localtime')
    off, dst, name = _tz.offset(_zone(), s)
    t = gmtime(s + off)
    return struct_time(t[:8] + (1 if dst else 0,), name, off)


def _tuple(t, name):
    if t is None:
        return localtime()
    if isinstance(t, struct_time):
        return t
    t = tuple(t)
    if len(t) != 9:
        raise TypeError('%s(): illegal time tuple argument' % name if name != 'mktime'
                        else 'mktime(): illegal time tuple argument')
    return struct_time(t)


def mktime(t):
    """Convert a time tuple in local time to seconds since the Epoch."""
    t = _tuple(t, 'mktime')
    y, m, d, hh, mi, ss = t[0], t[1], t[2], t[3], t[4], t[5]
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    days = _days_before_year(y) - _days_before_year(1970) + _yday(y, m, 1) - 1 + (d - 1)
    naive = days * 86400 + hh * 3600 + mi * 60 + ss
    z = _zone()
    isdst = t[8]
    valid = []
    kinds = {}
    for off, dst, _ in _tz.types(z):
        kinds.setdefault(dst, off)
        cand = naive - off
        found = _tz.offset(z, cand)
        if found[0] == off and found[1] == dst and (cand, dst) not in valid:
            valid.append((cand, dst))
    if isdst >= 0 and valid:
        want = isdst > 0
        for cand, dst in valid:
            if dst == want:
                return float(cand)
        # The hint names the other kind of time: as glibc does, read the fields in the
        # offset of the nearest time of that kind (searching a week at a time up to 17
        # years away), or shift by an hour when there is none.
        cand = valid[0][0]
        if want in kinds:
            for delta in range(601200, 536454000, 601200):
                for probe in (cand - delta, cand + delta):
                    off, dst, _ = _tz.offset(z, probe)
                    if dst == want:
                        return float(naive - off)
        return float(cand - 3600 if want else cand + 3600)
    if valid:
        # Ambiguous (clocks moved back): standard time, as glibc answers from a fresh start.
        std = [cand for cand, dst in valid if not dst]
        return float(std[0] if std else valid[0][0])
    # In a gap (clocks moved forward): the offset in effect before it.
    return float(naive - _tz.offset(z, naive - 86400)[0])


def asctime(t=None):
    """Convert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'."""
    t = _tuple(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (
        _DAYS[t[6]][:3], _MONTHS[t[1] - 1][:3], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    """Convert a time in seconds since the Epoch to a string in local time."""
    return asctime(localtime(secs))


def _init_zone_constants():
    """timezone, altzone, daylight and tzname as CPython derives them on glibc: from the
    offsets of January 1st and July 1st of this year."""
    global timezone, altzone, daylight, tzname
    year = (365 * 24 + 6) * 3600
    t = (int(time()) // year) * year
    jan = localtime(t)
    jul = localtime(t + year // 2)
    janzone, julzone = -jan.tm_gmtoff, -jul.tm_gmtoff
    if janzone < julzone:
        timezone, altzone, tzname = julzone, janzone, (jul.tm_zone, jan.tm_zone)
    else:
        timezone, altzone, tzname = janzone, julzone, (jan.tm_zone, jul.tm_zone)
    daylight = int(janzone != julzone)


def tzset():
    """Initialize, or reinitialize, the local timezone from the TZ environment variable."""
    _zones.clear()
    _init_zone_constants()


_init_zone_constants()


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    """Parse a string to a time tuple according to a format specification."""
    from datetime import datetime
    d = datetime.strptime(string, format)
    return struct_time((d.year, d.month, d.day, d.hour, d.minute, d.second,
                        d.weekday(), _yday(d.year, d.month, d.day), -1))


def strftime(format, t=None):
    """Convert a time tuple to a string according to a format specification."""
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    t = _tuple(t, 'strftime')
    y, m, d, hh, mi, ss, wd, yd = t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]
    if not 1 <= m <= 12:
        raise ValueError('month out of range')
    if not 1 <= yd <= 366:
        raise ValueError('day of year out of range')
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        i += 1
        if c != '%' or i >= n:
            out.append(c)
            continue
        f = format[i]
        i += 1
        sunday_week = (yd + 6 - (wd + 1) % 7) // 7
        monday_week = (yd + 6 - wd) // 7
        if f == 'Y':
            out.append(str(y))
        elif f == 'm':
            out.append('%02d' % m)
        elif f == 'd':
            out.append('%02d' % d)
        elif f == 'e':
            out.append('%2d' % d)
        elif f == 'H':
            out.append('%02d' % hh)
        elif f == 'I':
            out.append('%02d' % ((hh + 11) % 12 + 1))
        elif f == 'M':
            out.append('%02d' % mi)
        elif f == 'S':
            out.append('%02d' % ss)
        elif f == 'y':
            out.append('%02d' % (y % 100))
        elif f == 'C':
            out.append('%02d' % (y // 100))
        elif f == 'j':
            out.append('%03d' % yd)
        elif f == 'a':
            out.append(_DAYS[wd][:3])
        elif f == 'A':
            out.append(_DAYS[wd])
        elif f in 'bh':
            out.append(_MONTHS[m - 1][:3])
        elif f == 'B':
            out.append(_MONTHS[m - 1])
        elif f == 'p':
            out.append('AM' if hh < 12 else 'PM')
        elif f == 'w':
            out.append(str((wd + 1) % 7))
        elif f == 'u':
            out.append(str(wd + 1))
        elif f == 'U':
            out.append('%02d' % sunday_week)
        elif f == 'W':
            out.append('%02d' % monday_week)
        elif f == 'Z':
            out.append(t.tm_zone if t.tm_zone is not None else tzname[t[8] > 0])
        elif f == 'z':
            off = t.tm_gmtoff or 0
            out.append('%s%02d%02d' % ('-' if off < 0 else '+', abs(off) // 3600,
                                       abs(off) // 60 % 60))
        elif f == 'c':
            out.append(strftime('%a %b %e %H:%M:%S %Y', t))
        elif f == 'x':
            out.append(strftime('%m/%d/%y', t))
        elif f == 'X' or f == 'T':
            out.append(strftime('%H:%M:%S', t))
        elif f == 'D':
            out.append(strftime('%m/%d/%y', t))
        elif f == 'F':
            out.append(strftime('%Y-%m-%d', t))
        elif f == 'R':
            out.append(strftime('%H:%M', t))
        elif f == 'n':
            out.append('\n')
        elif f == 't':
            out.append('\t')
        elif f == '%':
            out.append('%')
        else:
            out.append('%' + f)
    return ''.join(out)
