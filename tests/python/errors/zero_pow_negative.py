# ZeroDivisionError: 0 raised to a negative power (int base, message says 0.0).
print(2 ** -1, 0 ** 0, 0.0 ** 1)
print(0 ** 5, 0.0 ** 0.5, 0 ** 0.0)
print(1 ** -3, (-1) ** -3, 2 ** -3)
print(10 ** -1, 4 ** -0.5)
base = 0
exp = -2
print("computing", base, "**", exp)
r = base ** exp
print("not reached")
