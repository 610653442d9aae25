# datetime.datetime: repr/str/isoformat, arithmetic, comparison, strftime/strptime, parsing
from datetime import datetime, date, time, timedelta, timezone

dt = datetime(2023, 12, 31, 23, 59, 30, 250000)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(' ', 'seconds'), dt.isoformat(timespec='milliseconds'))
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 5)), repr(datetime(2020, 1, 1, 0, 0, 7)))
print(dt + timedelta(seconds=30), dt + timedelta(days=1, hours=1), dt - timedelta(weeks=52))
print(datetime(2024, 3, 1) - datetime(2024, 2, 1, 12), datetime(2020, 1, 1) - dt)
print(dt.date(), dt.time(), repr(dt.time()), dt.timetz(), dt.weekday(), dt.ctime())
print(datetime.combine(date(2022, 2, 2), time(14, 30)), dt.replace(hour=1, microsecond=0))
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %I %p %a %b %j %c | %x | %X'))
print(f'{dt:%H:%M}', f'{dt}', '{:%Y}'.format(dt))
print(dt > datetime(2023, 1, 1), dt == datetime(2023, 12, 31, 23, 59, 30, 250000), dt == date(2023, 12, 31))
print(datetime.strptime('2021-03-04 05:06:07', '%Y-%m-%d %H:%M:%S'))
print(datetime.strptime('04/Mar/2021:5 PM', '%d/%b/%Y:%I %p'))
print(datetime.strptime('1999-12-31T23:59:59.5', '%Y-%m-%dT%H:%M:%S.%f'))
print(datetime.strptime('21 January 2020', '%d %B %Y'), datetime.strptime('69', '%y'), datetime.strptime('68', '%y'))
print(repr(datetime.strptime('2020-05-05 +0130', '%Y-%m-%d %z')))
for s in ('2021-07-04T12:30:00', '2021-07-04 12:30', '2021-07-04', '2021-07-04T12:30:15.123456+02:00',
          '2021-07-04T12:30:15Z', '2021-07-04T12', '20210704T123015'):
    print(repr(datetime.fromisoformat(s)))
print(repr(time.fromisoformat('12:34:56.789')), time(1, 2, 3, 4), time(1, 2).isoformat('minutes'))
print(time(12) < time(13), time(5, 30) == time(5, 30, 0), repr(time()), repr(time(1, 2, 3)))
print(datetime.min, datetime.max, time.min, time.max)
for bad in (lambda: datetime(2023, 1, 1, 24), lambda: datetime(2023, 1, 1, 0, 60),
            lambda: datetime(2023, 1, 1, 0, 0, 0, 10 ** 6), lambda: time(-1),
            lambda: datetime.strptime('2021-13-01', '%Y-%m-%d'),
            lambda: datetime.strptime('2021-01-01 extra', '%Y-%m-%d'),
            lambda: datetime.strptime('2021', '%Q'),
            lambda: datetime.fromisoformat('2021-07-04X'), lambda: datetime.fromisoformat(''),
            lambda: dt < date(2020, 1, 1), lambda: dt + dt, lambda: dt - 5,
            lambda: dt.isoformat(timespec='days'), lambda: datetime.combine(1, time()),
            lambda: datetime(2020, 1, 1, tzinfo=5), lambda: dt.strftime(5)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
