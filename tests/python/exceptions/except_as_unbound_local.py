# `except ... as e` inside a function: after the handler `e` is unbound, so using it raises UnboundLocalError
def f(x):
    e = "initial"
    print("start", e)
    try:
        return 10 // x
    except ZeroDivisionError as e:
        print("handler sees", repr(e))
    print("after handler")
    return e

print(f(5))
print(f(0))
