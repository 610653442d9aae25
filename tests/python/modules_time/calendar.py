# time: gmtime/localtime (UTC), struct_time, mktime, asctime/ctime, strftime directives, and
# the clocks' types and monotonicity.
import time

for secs in [0, 1, 86399, 86400, 951782400, 1700000000, 1700000000.75, -1, -1.5, 2**31, 4102444800]:
    t = time.gmtime(secs)
    print(secs, t, t.tm_year, t[1], t.tm_yday, t.tm_zone, time.asctime(t), time.mktime(t))
print(time.localtime(0), time.localtime(0).tm_zone, time.ctime(0), time.ctime(1234567890.5))
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %p %I %y %e %C %D %F %T %R %%', time.gmtime(1700000000)))
print(time.strftime('%c | %x | %X | %Z | %z', time.gmtime(0)), time.strftime('%Z', (1970, 1, 1, 0, 0, 0, 3, 1, 0)))
for y in [1999, 2000, 2023, 2024]:
    print([time.strftime('%j %U %W %a', time.gmtime(time.mktime((y, m, 1, 0, 0, 0, 0, 0, 0)))) for m in (1, 3, 12)])
print(time.mktime((2024, 2, 30, 25, 0, 0, 0, 0, 0)), time.mktime((2023, 13, 1, 0, 0, 0, 0, 0, 0)))
st = time.struct_time((2020, 5, 17, 10, 30, 0, 6, 138, 0))
print(st, st.tm_mday, len(st), list(st), st == (2020, 5, 17, 10, 30, 0, 6, 138, 0))
print(time.timezone, time.altzone, time.daylight, time.tzname)
a, b = time.monotonic(), time.perf_counter()
time.sleep(0.01)
print(time.monotonic() > a, time.perf_counter() - b >= 0.005, type(time.time()).__name__, type(time.time_ns()).__name__)
print(type(time.process_time()).__name__, time.process_time() >= 0, type(time.perf_counter_ns()).__name__)
cases = [lambda: time.gmtime('x'), lambda: time.strftime(5), lambda: time.mktime((1, 2)),
         lambda: time.struct_time((1, 2)), lambda: time.sleep(-1), lambda: time.gmtime(float('nan'))]
for f in cases:
    try:
        f()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
