"""statistics: averages, spread, quantiles, covariance/correlation/regression on ints,
floats and Fractions (exact sums, CPython's rounding), NaN handling and the errors."""
import random
import statistics as st
from fractions import Fraction

data_sets = [[1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.5, 11.25], [0.1, 0.2, 0.3, 0.4, 0.5],
             [Fraction(1, 3), Fraction(2, 3), Fraction(7, 5)], [1, 2.5, Fraction(1, 2)],
             [1e16, 1.0, -1e16, 3.0], [5, 5, 5, 7, 7, 9]]
random.seed(3)
data_sets.append([random.gauss(10, 3) for _ in range(200)])
data_sets.append([random.randint(-50, 50) for _ in range(101)])
for d in data_sets:
    print(st.mean(d), st.median(d), st.median_low(d), st.median_high(d), st.mode(d),
          st.variance(d), st.pvariance(d), st.stdev(d), st.pstdev(d), st.fmean(d),
          st.median_grouped(d), st.quantiles(d), st.quantiles(d, n=10, method='inclusive'))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0, 3]),
      st.harmonic_mean([60], ), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.geometric_mean([54, 24, 36]), st.multimode('aabbbbccddddeeffffgg'), st.multimode([]),
      st.mode(['red', 'blue', 'red']), st.fmean([3.5, 4.0, 5.25], weights=[0.7, 0.2, 0.1]))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x[::-1]), st.linear_regression(x, [2 * v + 1 for v in x]),
      st.linear_regression(x, y, proportional=True))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1.5, 2.5], mu=2), st.mean([float('nan'), 1]), st.mean([float('inf'), 1.0]))
nd = st.NormalDist(100, 15)
print(nd, nd.pdf(100), nd.cdf(115), nd.zscore(70), nd.variance, st.NormalDist.from_samples([1, 2, 3, 4]))
tests = [lambda: st.mean([]), lambda: st.fmean([]), lambda: st.variance([1]), lambda: st.pvariance([]),
         lambda: st.stdev([1]), lambda: st.pstdev([]), lambda: st.median([]), lambda: st.median_low([]),
         lambda: st.mode([]), lambda: st.harmonic_mean([-1]), lambda: st.harmonic_mean([]),
         lambda: st.geometric_mean([]), lambda: st.geometric_mean([0, 1]), lambda: st.quantiles([1], n=4),
         lambda: st.quantiles([1, 2], n=0), lambda: st.quantiles([1, 2], method='x'), lambda: st.mean(['a']),
         lambda: st.covariance([1], [1]), lambda: st.correlation([1, 2], [1, 2, 3]),
         lambda: st.correlation([1, 1], [1, 2]), lambda: st.linear_regression([1, 1], [1, 2])]
for t in tests:
    try:
        print(t())
    except (st.StatisticsError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
