# NameError and UnboundLocalError raised by the runtime and caught
try:
    print(no_such_variable)
except NameError as e:
    print("NameError:", e)

def uses_before_assign():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    except NameError:
        print("not reached: the subclass clause comes first")
    x = 1
    return x

print(uses_before_assign())

def caught_as_name_error():
    try:
        y = y + 1
    except NameError as e:
        print("caught as NameError:", type(e).__name__, isinstance(e, NameError))
    return "ok"

print(caught_as_name_error())

def after_del():
    z = 3
    del z
    try:
        return z
    except UnboundLocalError as e:
        return "after del: " + str(e)

print(after_del())

def call_missing():
    return missing_function(1, 2)

try:
    call_missing()
except NameError as e:
    print("from callee:", e)
