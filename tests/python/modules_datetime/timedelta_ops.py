# datetime.timedelta: normalisation, repr/str, arithmetic, comparison and errors
from datetime import timedelta

cases = [timedelta(), timedelta(1), timedelta(days=-1), timedelta(hours=25, minutes=61),
         timedelta(seconds=-1), timedelta(microseconds=1500000), timedelta(weeks=2, days=3),
         timedelta(milliseconds=1.5), timedelta(days=0.5), timedelta(minutes=-0.25),
         timedelta(days=-3, seconds=7200)]
for td in cases:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
a = timedelta(hours=5, minutes=30)
b = timedelta(minutes=45)
print(a + b, a - b, b - a, -a, abs(-a), +a)
print(a * 3, 3 * a, a * 1.5, a / 2, a / 0.5, a / b, a // b, a % b, divmod(a, b), a // 7)
print(a > b, a == timedelta(seconds=19800), a != b, sorted([a, b, timedelta(0)]))
print(bool(timedelta()), bool(b), hash(a) == hash(timedelta(minutes=330)))
print(timedelta.max, timedelta.min, timedelta.resolution)
print(repr(timedelta.max), repr(timedelta.min))
print(sum([timedelta(hours=1)] * 30, timedelta()))
print(timedelta(seconds=1) / 3, timedelta(microseconds=1) / 2, timedelta(microseconds=3) / 2)
for bad in (lambda: a + 1, lambda: a * a, lambda: a / 0, lambda: a // timedelta(0),
            lambda: timedelta(days=10 ** 9), lambda: timedelta('1'), lambda: a < 5,
            lambda: timedelta.max + timedelta(1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(a == 5, a != 'x')
