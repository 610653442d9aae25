# ZeroDivisionError from int true division at module level (carets ~~^~~ under a / b).
a = 10
b = 0
print(a / 5, a // 3, a % 3)
print(0 / a, -a / 4, a / -4, a / a)
print(2 ** 70 / a, a / 2 ** 70)
print(b * a, b + a, b - a)
print("dividing by", b)
x = a / b
print("not reached", x)
