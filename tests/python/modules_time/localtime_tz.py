"""time: localtime/mktime/strftime and timezone/altzone/daylight/tzname under several TZ
values (IANA names, POSIX rules, fixed offsets), across DST transitions."""
import os
import time

stamps = [0, 86399, 951782400, 1710054000, 1710057600, 1710061200, 1730613600, 1730617200,
          1730620800, 1700000000, 1720000000, 2000000000, 4102444800]
for tz in ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata',
           'EST5EDT,M3.2.0,M11.1.0', 'JST-9', '', 'America/St_Johns', 'Europe/London']:
    os.environ['TZ'] = tz
    time.tzset()
    print(repr(tz), time.timezone, time.altzone, time.daylight, time.tzname)
    for s in stamps:
        t = time.localtime(s)
        print(' ', s, tuple(t), t.tm_zone, t.tm_gmtoff, time.mktime(t) == s,
              time.strftime('%Y-%m-%d %H:%M:%S %Z %z %j %a', t))
    for fields in [(2024, 3, 10, 2, 30, 0, 0, 0, -1), (2024, 11, 3, 1, 30, 0, 0, 0, 0),
                   (2024, 11, 3, 1, 30, 0, 0, 0, 1), (2024, 7, 1, 12, 0, 0, 0, 0, 0),
                   (2024, 7, 1, 12, 0, 0, 0, 0, 1), (2024, 1, 1, 12, 0, 0, 0, 0, 1),
                   (2024, 1, 1, 12, 0, 0, 0, 0, -1), (2024, 13, 40, 25, 61, 0, 0, 0, 0)]:
        print('  mktime', fields, time.mktime(fields))
    print('  ctime', time.ctime(1700000000), time.asctime(time.localtime(1700000000)))
del os.environ['TZ']
time.tzset()
