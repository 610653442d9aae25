# re-raising the handled exception (or one already in its chain) creates no context loop;
# the uncaught report shows a single exception
def f():
    try:
        raise ValueError("only one")
    except ValueError as e:
        print("handling", repr(e))
        raise e

try:
    f()
except ValueError as e:
    print("caught again:", e)

def g():
    first = KeyError("first")
    try:
        raise first
    except KeyError:
        try:
            raise IndexError("second")
        except IndexError:
            raise first

try:
    g()
except KeyError as e:
    print("g raised", repr(e))
f()
