# SyntaxError: invalid syntax in a def header. Nothing runs; no traceback header.
print("never printed")
def good(a, b):
    return a + b
print(good(1, 2))
def f(:
    return 1
print("never printed either")
x = 1
y = 2
