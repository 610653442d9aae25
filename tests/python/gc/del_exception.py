# An exception in __del__ is reported as "Exception ignored in" on sys.stderr, not raised
import io
import re
import sys


class Bad:
    def __del__(self):
        raise ValueError("boom in del")


class Good:
    def __del__(self):
        print("good finalized")


err = io.StringIO()
saved = sys.stderr
sys.stderr = err
b = Bad()
del b
print("still running")
g = Good()
del g
sys.stderr = saved
report = re.sub(r"0x[0-9a-f]+", "0xADDR", err.getvalue())
print(report.splitlines()[0])
print(report.splitlines()[1])
print(report.splitlines()[-1])
print("lines", len(report.splitlines()))
