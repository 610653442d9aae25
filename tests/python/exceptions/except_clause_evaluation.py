# except clause expressions are evaluated lazily, in order, only until one matches
order = []

def typ(name, t):
    order.append(name)
    return t

def attempt(exc):
    try:
        raise exc
    except typ("first", KeyError):
        return "first"
    except typ("second", (IndexError, ValueError)):
        return "second"
    except typ("third", Exception):
        return "third"

print(attempt(KeyError("k")), order)
order = []
print(attempt(ValueError("v")), order)
order = []
print(attempt(ZeroDivisionError()), order)

def no_exception():
    try:
        return "body ok"
    except typ("never", Exception):
        return "never"

order = []
print(no_exception(), order)

def bad_clause():
    try:
        raise KeyError("x")
    except typ("not a class", 42):
        return "unreachable"

try:
    bad_clause()
except TypeError as e:
    print("bad except clause:", e)
