# an exception raised inside finally replaces the pending one (which becomes its context)
def f():
    try:
        print("try body")
        return 1
    finally:
        print("finally raising")
        raise ValueError("from finally")

try:
    f()
except ValueError as e:
    print("caught:", e)

def g():
    try:
        raise KeyError("original")
    finally:
        [][0]

try:
    g()
except KeyError:
    print("not reached: KeyError was replaced")
except IndexError as e:
    print("IndexError replaced KeyError:", e)

def h():
    try:
        try:
            1 / 0
        finally:
            print("inner finally")
            int("bad")
    except ZeroDivisionError:
        print("not reached")

try:
    h()
except ValueError as e:
    print("caught", repr(e))

print("now uncaught")
try:
    raise TypeError("first")
finally:
    raise RuntimeError("second")
