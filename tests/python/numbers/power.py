# The ** operator: negative exponents give floats, 0**0, float powers, right associativity.
print(2 ** 10, 2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, (-2) ** -2, (-2) ** -3)
print(0 ** 0, 0.0 ** 0, 0 ** 0.0, 0.0 ** 0.0, 1 ** -5, (-1) ** -5, (-1) ** -4)
print(type(2 ** 2), type(2 ** -2), type(2.0 ** 2), type(4 ** 0.5))
print(2.0 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 2 ** 0.1, 10 ** 0.5, 100 ** -0.5)
print(1.5 ** 2, 1.1 ** 10, 0.5 ** 10, (-1.5) ** 3, (-2.0) ** 2, (-0.5) ** -2)
print(2 ** 3 ** 2, (2 ** 3) ** 2, 2 ** -1 ** 2, (-2) ** 2 ** 2, -2 ** 2 ** 2)
print(10 ** 15, 10 ** 16, 10.0 ** 15, 10.0 ** 16, 10.0 ** -5, 10 ** -5)
print(2 ** 1000 % 10 ** 10, 2 ** -1000, 2.0 ** -1075, 2.0 ** -1074, 2.0 ** 1023)
print(3 ** 0.0, 0.0 ** 3, 0 ** 3, (-0.0) ** 3, (-0.0) ** 2, 1e10 ** 2)
print(float("inf") ** 2, float("inf") ** -2, 2 ** float("inf"), 0.5 ** float("inf"))
print(2 ** float("-inf"), (-1) ** float("inf"), 1 ** float("inf"), float("nan") ** 0)
print(True ** 10, 2 ** True, 2 ** False, False ** 0)
x = 3
x **= 4
print(x, end=" ")
x **= -1
print(x)
base = 7
acc = 1
for e in range(6):
    print(base ** e == acc, base ** -e, end=" ")
    acc *= base
print()
print(2 ** 62 * 4, 2 ** 64, 4 ** 32, 16 ** 16, 256 ** 8, (2 ** 32) ** 2)
print(-8 ** (1 / 3), 9 ** -0.5, 1e308 ** 1, 1e-308 ** 1)
