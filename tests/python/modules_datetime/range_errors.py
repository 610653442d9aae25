"""datetime range errors as CPython's C module reports them: fromisoformat's fields out of
range keep the constructor's message; huge timedelta day counts overflow a C int first."""
import datetime
for f in (lambda: datetime.timedelta(days=10**9), lambda: datetime.timedelta(days=2**31),
          lambda: datetime.timedelta(seconds=10**20), lambda: datetime.timedelta(days=2**31 - 1),
          lambda: datetime.timedelta(days=-2**31), lambda: datetime.timedelta(days=-10**9),
          lambda: datetime.date.fromisoformat('2020-02-30'), lambda: datetime.date.fromisoformat('2020-00-10'),
          lambda: datetime.datetime.fromisoformat('2020-01-01T25:00'), lambda: datetime.datetime.fromisoformat('2020-13-01'),
          lambda: datetime.date.fromisoformat('2020/01/01'), lambda: datetime.datetime.fromisoformat('2020-01-01Tab'),
          lambda: datetime.datetime.fromisoformat('2021-03-04T05:06:07.5+01:00')):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
