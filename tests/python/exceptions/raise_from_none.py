# `raise X from None` suppresses the context: only the new exception is reported
def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise AttributeError("no attribute " + k) from None

print(get({"a": 1}, "a"))
try:
    get({}, "b")
except AttributeError as e:
    print("caught", repr(e))

def helper():
    try:
        1 // 0
    except ZeroDivisionError:
        raise ValueError("hidden context") from None

helper()
