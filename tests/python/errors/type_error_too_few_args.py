# TypeError: calling a function with too few positional arguments, from inside another function.
def area(width, height, depth=1):
    return width * height * depth

def report():
    print(area(2, 3), area(2, 3, 4))
    result = area(5)
    print(result)

report()
