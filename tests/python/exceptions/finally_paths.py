# finally on the normal path, on a caught exception, and on an exception that propagates
def normal():
    try:
        print("normal body")
    finally:
        print("normal finally")
    print("normal after")

def caught():
    try:
        print("caught body")
        1 / 0
        print("not reached")
    except ZeroDivisionError as e:
        print("caught handler:", e)
    finally:
        print("caught finally")
    print("caught after")

def propagates():
    try:
        print("propagates body")
        {}["k"]
    finally:
        print("propagates finally runs before unwinding")
    print("not reached")

normal()
caught()
try:
    propagates()
except KeyError as e:
    print("outer caught", repr(e))

def nested():
    try:
        try:
            raise ValueError("deep")
        finally:
            print("inner finally")
    finally:
        print("outer finally")

try:
    nested()
except ValueError as e:
    print("after both finallys:", e)
print("done")
