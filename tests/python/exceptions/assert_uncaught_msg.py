# an uncaught assert with a message: traceback shows the assert line and "AssertionError: msg"
def validate(xs):
    total = 0
    for x in xs:
        assert isinstance(x, int), "not an int: " + repr(x)
        total += x
    return total

print(validate([1, 2, 3]))
print(validate([4, "five", 6]))
