# datetime in local time (fromtimestamp, timestamp, astimezone()) and copying/dict keys
import copy
from datetime import date, datetime, timedelta, timezone

for ts in (0, 1e9, 1700000000.25, 86399.999999):
    d = datetime.fromtimestamp(ts)
    print(d, d.timestamp() == ts, date.fromtimestamp(ts))
local = datetime(2024, 7, 1, 9, 30).astimezone()
print(local.utcoffset() is not None, local.astimezone(timezone.utc).tzinfo)
print(datetime(2024, 7, 1, 9, 30).astimezone(timezone.utc) ==
      datetime(2024, 7, 1, 9, 30).astimezone())
today = date.today()
print(type(today).__name__, today == datetime.now().date() or today + timedelta(1) == datetime.now().date())
dt = datetime(2021, 5, 6, 7, 8, 9, tzinfo=timezone(timedelta(hours=1), 'CET'))
print(copy.copy(dt) == dt, copy.deepcopy(dt), copy.deepcopy(timedelta(3)), copy.copy(date(2020, 2, 2)))
counts = {}
for day in (date(2020, 1, 1), date(2020, 1, 2), date(2020, 1, 1)):
    counts[day] = counts.get(day, 0) + 1
print(counts)
print(isinstance(dt, date), issubclass(datetime, date), datetime.__module__, type(dt).__qualname__)
