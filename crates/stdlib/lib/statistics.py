"""Basic statistics: averages (mean, fmean, geometric/harmonic means, medians, modes),
spread (variance, stdev and their population forms), quantiles, covariance, correlation
and linear regression. Sums are exact (fractions) and converted back to the data's type,
so results round as CPython's do; square roots are correctly rounded."""

import math
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction
from itertools import groupby

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
           'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


def _exact_ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for a NaN or infinity."""
    if isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        if math.isfinite(x):
            return x.as_integer_ratio()
        return x, None
    if isinstance(x, Fraction):
        return x.numerator, x.denominator
    try:
        return x.as_integer_ratio()
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _coerce(t, s):
    """The type a mix of values of types t and s converts to."""
    if t is s:
        return t
    if issubclass(s, int):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, float) and issubclass(s, Fraction) or \
            issubclass(s, float) and issubclass(t, Fraction):
        return float
    raise TypeError("don't know how to coerce %s and %s" % (t.__name__, s.__name__))


def _types_and_ratios(data):
    types = set()
    ratios = []
    for typ, values in groupby(data, type):
        types.add(typ)
        for v in values:
            ratios.append(_exact_ratio(v))
    t = int
    for typ in types:
        t = _coerce(t, typ)
    return t, ratios


def _sum(data):
    """(type, exact total, count) of the data."""
    t, ratios = _types_and_ratios(data)
    special = [n for n, d in ratios if d is None]
    if special:
        total = special[0]
        for x in special[1:]:
            total += x
    else:
        total = Fraction(0)
        by_den = {}
        for n, d in ratios:
            by_den[d] = by_den.get(d, 0) + n
        total = sum((Fraction(n, d) for d, n in by_den.items()), Fraction(0))
    return t, total, len(ratios)


def _ss(data, c=None):
    """(type, exact sum of squared deviations, centre, count)."""
    if c is not None:
        t, total, count = _sum([(x - c) * (x - c) for x in data])
        return t, total, c, count
    t, ratios = _types_and_ratios(data)
    count = len(ratios)
    special = [n for n, d in ratios if d is None]
    if not count:
        return t, Fraction(0), Fraction(0), 0
    if special:
        s = special[0]
        for x in special[1:]:
            s += x
        return t, s, s, count
    sx = sum((Fraction(n, d) for n, d in ratios), Fraction(0))
    sxx = sum((Fraction(n * n, d * d) for n, d in ratios), Fraction(0))
    return t, (count * sxx - sx * sx) / count, sx / count, count


def _convert(value, t):
    if type(value) is t:
        return value
    if issubclass(t, int) and value.denominator != 1:
        t = float
    if issubclass(t, int):
        return t(value.numerator)
    if issubclass(t, float):
        if isinstance(value, Fraction):
            return t(value.numerator / value.denominator)
        return t(value)
    return t(value)


def _sqrt_frac(n, m):
    """sqrt(n / m) correctly rounded to a float: an integer root with enough bits,
    rounded to odd, then one rounding by the division."""
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        return float(_isqrt_odd(n, m << 2 * q) << q)
    return _isqrt_odd(n << -2 * q, m) / (1 << -q)


def _isqrt_odd(n, m):
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


def mean(data):
    """Return the sample arithmetic mean of data."""
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('mean requires at least one data point')
    t, total, n = _sum(data)
    if not isinstance(total, Fraction):
        return total
    return _convert(total / n, t)


def fmean(data, weights=None):
    """Convert data to floats and compute the arithmetic mean."""
    if weights is None:
        data = list(data)
        if not data:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / len(data)
    data, weights = list(data), list(weights)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    if not data:
        raise StatisticsError('fmean requires at least one data point')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    """Convert data to floats and compute the geometric mean."""
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing '
                              'positive numbers') from None


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of data."""
    data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        if any(w < 0 for w in weights):
            raise StatisticsError(errmsg)
        _, sum_weights, _ = _sum(weights)
    if any(x < 0 for x in data):
        raise StatisticsError(errmsg)
    try:
        t, total, _ = _sum([w / x if w else 0 for w, x in zip(weights, data)])
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, t)


def median(data):
    """Return the median (middle value) of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the low median of numeric data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 else data[n // 2 - 1]


def median_high(data):
    """Return the high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    """Return the 50th percentile (median) of grouped continuous data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n == 1:
        return data[0]
    x = data[n // 2]
    for obj in (x, interval):
        if isinstance(obj, (str, bytes)):
            raise TypeError('expected number but got %r' % (obj,))
    try:
        lower = x - interval / 2
    except TypeError:
        lower = float(x) - float(interval) / 2
    first = bisect_left(data, x)
    last = bisect_right(data, x, first) - 1
    return lower + interval * (n / 2 - first) / (last - first + 1)


def mode(data):
    """Return the most common data point from discrete or nominal data."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """Return a list of the most frequently occurring values."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [v for v, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n continuous intervals with equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    out = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            out.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return out
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            out.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return out
    raise ValueError(f'Unknown method: {method!r}')


def variance(data, xbar=None):
    """Return the sample variance of data."""
    t, ss, _, n = _ss(list(data), xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if not isinstance(ss, Fraction):
        return ss
    return _convert(ss / (n - 1), t)


def pvariance(data, mu=None):
    """Return the population variance of data."""
    t, ss, _, n = _ss(list(data), mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if not isinstance(ss, Fraction):
        return ss
    return _convert(ss / n, t)


def stdev(data, xbar=None):
    """Return the square root of the sample variance."""
    t, ss, _, n = _ss(list(data), xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    if not isinstance(ss, Fraction):
        return math.sqrt(ss)
    mss = ss / (n - 1)
    return _sqrt_frac(mss.numerator, mss.denominator)


def pstdev(data, mu=None):
    """Return the square root of the population variance."""
    t, ss, _, n = _ss(list(data), mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    if not isinstance(ss, Fraction):
        return math.sqrt(ss)
    mss = ss / n
    return _sqrt_frac(mss.numerator, mss.denominator)


def _pair(x, y, what, verb):
    x, y = list(x), list(y)
    n = len(x)
    if len(y) != n:
        raise StatisticsError('%s requires that both inputs have same number of data points'
                              % verb)
    if n < 2:
        raise StatisticsError('%s requires at least two data points' % verb)
    return x, y, n


def covariance(x, y, /):
    """Sample covariance of two inputs."""
    x, y, n = _pair(x, y, 'covariance', 'covariance')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    return math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)) / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient for two inputs."""
    x, y, n = _pair(x, y, 'correlation', 'correlation')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((xi - xbar) ** 2.0 for xi in x)
    syy = math.fsum((yi - ybar) ** 2.0 for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of simple linear regression by ordinary least squares."""
    x, y, n = _pair(x, y, 'linear regression', 'linear regression')
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
        sxx = math.fsum((xi - xbar) ** 2.0 for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


class NormalDist:
    """Normal distribution of a random variable (mean, stdev, pdf, cdf)."""

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        data = list(data)
        return cls(fmean(data), stdev(data))

    mean = property(lambda self: self._mu)
    median = property(lambda self: self._mu)
    mode = property(lambda self: self._mu)
    stdev = property(lambda self: self._sigma)
    variance = property(lambda self: self._sigma ** 2.0)

    def pdf(self, x):
        variance = self._sigma ** 2.0
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    def __eq__(self, other):
        if not isinstance(other, NormalDist):
            return NotImplemented
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'
