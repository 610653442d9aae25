# datetime.timezone fixed offsets and aware datetimes: utcoffset, astimezone, naive/aware errors
from datetime import datetime, timedelta, timezone, time, tzinfo

utc = timezone.utc
ist = timezone(timedelta(hours=5, minutes=30))
est = timezone(timedelta(hours=-5), 'EST')
print(repr(utc), str(utc), repr(ist), str(ist), repr(est), str(est))
print(timezone(timedelta(0)) is utc, timezone(timedelta(0), 'Z'), ist == timezone(timedelta(minutes=330)))
a = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(a, repr(a), a.isoformat(), a.utcoffset(), a.tzname(), a.dst())
b = a.astimezone(ist)
c = a.astimezone(est)
print(b, c, repr(c), b == a, c == b, b - c, b.timestamp(), a.timestamp())
print(a.strftime('%Y-%m-%d %H:%M %z %Z'), b.strftime('%z|%Z'), datetime(2020, 1, 1).strftime('[%z][%Z]'))
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1700000000.5, tz=ist))
print(datetime.utcfromtimestamp(86400 * 365), datetime(1970, 1, 2, tzinfo=utc).timestamp())
print(timezone(timedelta(hours=3, seconds=30)), timezone(-timedelta(minutes=90)))
print(time(10, 0, tzinfo=ist), repr(time(10, 0, tzinfo=utc)), time(10, tzinfo=ist).utcoffset())
print(sorted([b, c, a]) == [a, b, c], len({a, b, c}))
now = datetime.now(utc)
print(now.tzinfo is utc, (datetime.now(utc) - now) < timedelta(seconds=5))


class Plus2(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return 'P2'


p = datetime(2024, 1, 1, 10, tzinfo=Plus2())
print(p, p.tzname(), p.astimezone(utc), p - a, p.utctimetuple()[:6])
naive = datetime(2024, 6, 1, 12)
for bad in (lambda: naive < a, lambda: naive - a, lambda: timezone(5),
            lambda: timezone(timedelta(hours=24)), lambda: a.astimezone(5), lambda: time(1, tzinfo=ist) < time(1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(naive == a)
