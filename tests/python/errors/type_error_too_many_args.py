# TypeError: calling a function with too many positional arguments (bare call line).
def add(a, b):
    return a + b

def add3(a, b, c=0):
    return a + b + c

print(add(1, 2), add("x", "y"), add([1], [2]))
print(add3(1, 2), add3(1, 2, 3))
print("calling add with three arguments")
add(1, 2, 3)
print("not reached")
