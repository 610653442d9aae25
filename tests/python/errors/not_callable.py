# TypeError: 'int' object is not callable, on a bare call line (no carets).
def value_fn():
    return 7
value = value_fn()
print(value, len("x"), value_fn())
f = value_fn
print(f(), f is value_fn)
f = value
print(f, type(f))
value()
print("not reached")
