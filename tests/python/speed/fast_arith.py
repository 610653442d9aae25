"""Int and float arithmetic and comparisons at the edges of the eval loop's fast paths."""

big = 2 ** 62
print(big + big, big * 4, -big - big - big, big * -3)
print(9007199254740993 + 0.0, 9007199254740993 * 1.0, 1.5 + 9007199254740995)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(5 >> 1, -5 >> 1, 1 >> 63, -1 >> 100, 5 & 3, -5 & 3, 5 | -3, 5 ^ -3)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308, 0.1 + 0.2, 1 / 3, 2 / 1, 7 / 2.0)
print(0.5 < 1, 1 < 0.5, 2 <= 2.0, 1.0 == 1, 3.5 > 3.25, 2.0 != 2, -0.0 == 0.0)
print(float("inf") > 1e308, float("-inf") < -1e308, float("nan") == float("nan"))
nan = float("nan")
print(nan < 1.0, nan > 1.0, nan != nan, 1.0 <= nan)
x = 10
x += 5
x -= 20
x *= -3
x //= 4
x %= 7
x <<= 3
x >>= 1
x &= 0xFF
x |= 0x100
x ^= 0x11
print(x)
f = 1.5
f += 1
f *= 2
f -= 0.25
f /= 2
print(f)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0.0, 0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(True + True, True * 3.5, False - 1, True < 2, 1.5 > False)
print((2 ** 63 - 1) + 1, -(2 ** 63) - 1, (2 ** 62) * 2, (-2) ** 63 * 2)
