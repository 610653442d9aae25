# return from inside an except clause with a finally: finally runs after the return value is computed
trace = []

def f(x):
    try:
        trace.append("try " + str(x))
        return 10 // x
    except ZeroDivisionError as e:
        trace.append("except")
        return "handled: " + str(e)
    finally:
        trace.append("finally " + str(x))

print(f(2))
print(f(0))
print(trace)

def nested_returns(x):
    try:
        try:
            return [x][x]
        except IndexError:
            return "inner except"
        finally:
            trace.append("inner finally")
    finally:
        trace.append("outer finally")

trace = []
print(nested_returns(0))
print(nested_returns(3))
print(trace)

def handler_error_then_finally():
    try:
        {}["a"]
    except KeyError:
        return int("nope")
    finally:
        print("finally still runs")

try:
    handler_error_then_finally()
except ValueError as e:
    print("propagated:", e)
