# Mixed int/float/bool arithmetic and the resulting types.
print(1 + 1.0, 1 - 0.5, 3 * 0.5, 2 * 1.5, 1.0 + True, False * 2.5)
print(type(1 + 1.0), type(1 + True), type(True + True), type(1.0 * 0))
print(10 ** 20 + 0.5, 2 ** 64 * 1.0, 2 ** 64 - 1.0, 10 ** 16 + 1.0, 10 ** 16 + 2.0)
print(0.1 * 3, 0.1 + 0.1 + 0.1, 3 * 0.1 == 0.3, 1 - 0.9, 1.0 - 0.9, 100 * 1.1)
print(1e16 + 1, 1e16 + 2, 1e15 + 1, 2 ** 53 + 1.0, 9007199254740992 + 1.0)
print(-7 + 0.0, -0.0 + 0, 0 * -1.0, -0.0 - 0.0, 0.0 - 0.0, -0.0 * -1)
print(1 < 1.0000000000000002, 1 == 1.00000000000000001, 2 ** 63 == 2.0 ** 63)
print(7 / 2 * 2, 7 // 2 * 2 + 7 % 2, 0.5 + 0.5 == 1, 1.5 + 1 == 2.5)
total = 0
for i in range(10):
    total = total + 0.1
print(total, total == 1.0, total < 1.0)
total = 0.0
for i in range(1, 11):
    total += 1 / i
print(total)
x = 1
x += 0.5
x *= 2
print(x, type(x))
print(abs(-2.5) + abs(-3), max(1, 2.5, 2), min(3, 2.0, 2), max(2, 2.0), max(2.0, 2))
