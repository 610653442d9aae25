# ZeroDivisionError from float division (message: float division by zero).
x = 1.5
y = 0.0
print(x / 2, x * y, y / x, -y)
print(x / -2, -x / 3, 1 / x, 0 / x)
print(x / float("inf"), y / float("-inf"))
def ratio(p, q):
    return p / q
print(ratio(3.0, 4))
print(ratio(1, 3), ratio(-1, 3.0))
print(ratio(x, y))
