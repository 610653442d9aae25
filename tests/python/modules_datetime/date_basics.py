# datetime.date: construction errors, ordinals, weekday/isocalendar, arithmetic, formats
from datetime import date, timedelta

d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.isoformat(), d.ctime())
print(d + timedelta(days=1), d + timedelta(days=2), d - timedelta(days=365), timedelta(3) + d)
print(date(2024, 3, 1) - date(2023, 3, 1), date(2000, 1, 1) - date(2024, 1, 1))
print(d.toordinal(), date.fromordinal(738000), date.fromordinal(1), date.min, date.max)
for x in (date(2024, 1, 1), date(2021, 1, 3), date(2020, 12, 31), date(2026, 12, 28),
          date(2015, 1, 1), date(2008, 12, 29), date(2010, 1, 3)):
    print(x, x.weekday(), x.isoweekday(), x.isocalendar(), tuple(x.isocalendar()),
          x.isocalendar().week, x.strftime('%a %A %b %B %j %U %W %w %u %G %V'))
print(date.fromisoformat('2021-07-04'), date.fromisocalendar(2020, 53, 5), date.fromisoformat('20210704'))
print(d.replace(day=1), d.replace(year=2023, month=3))
print(d.strftime('%Y/%m/%d %y %H:%M:%S %% %Q'), f'{d:%d.%m.%Y}', f'{d}', format(d, ''))
print(d.timetuple()[:9])
print(d < date(2024, 3, 1), d == date(2024, 2, 28), d >= date(2025, 1, 1), max(d, date(2000, 1, 1)))
print(sorted([date(2022, 5, 1), date(2021, 1, 1), date(2022, 1, 9)]))
print(len({date(2020, 1, 1), date(2020, 1, 1), date(2020, 1, 2)}))
print(type(d), date.resolution)
for bad in (lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: date(0, 1, 1),
            lambda: date(10000, 1, 1), lambda: date('2020', 1, 1), lambda: date(2020.0, 1, 1),
            lambda: date.fromisoformat('2021-7-4'), lambda: date.fromisoformat('nope'),
            lambda: d + 1, lambda: d - 1, lambda: d < 3, lambda: date.max + timedelta(1),
            lambda: date.fromordinal(0), lambda: date(2020, 1, 1).replace(month=2, day=30)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(d == 3, d != '2024-02-28')
