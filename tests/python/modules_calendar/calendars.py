# calendar: leap years, monthrange, weekday, monthcalendar, text months and years, iterators
import calendar

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(1900, 2025))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.weekday(2026, 11, 23), calendar.weekday(12000, 1, 1))
print(calendar.monthcalendar(2026, 2))
print(list(calendar.month_name), list(calendar.day_abbr), calendar.month_abbr[12], calendar.day_name[0], len(calendar.month_name))
print(calendar.month(2026, 11))
print(calendar.month(2024, 2, w=3, l=2))
calendar.prmonth(2021, 8)
print(calendar.calendar(2023))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2026, 3))
print(cal.formatweekheader(3), '|', calendar.weekheader(2), '|', calendar.weekheader(9))
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()), list(c.itermonthdates(2026, 2))[:3], list(c.itermonthdays2(2026, 2))[:8])
print(c.monthdatescalendar(2026, 1)[0], list(c.itermonthdays3(2026, 1))[:2], list(c.itermonthdays4(2026, 1))[-1])
print(len(c.yeardayscalendar(2026)), calendar.timegm((2026, 11, 23, 12, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2026, 11)[0])
calendar.setfirstweekday(0)
for bad in (lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(9), lambda: calendar.weekday(2024, 2, 30)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
