# int() of floats truncates toward zero; exact conversion of big floats.
vals = [0.0, -0.0, 0.5, -0.5, 0.9999999, -0.9999999, 1.5, -1.5, 2.5, -2.5, 7.99, -7.99,
        1e10, 1e15, 1e16, 1e17, 1e20, -1e20, 1.5e22, 2.0 ** 63, 2.0 ** 64, -2.0 ** 63,
        1e100, 123456789.987654321, 9007199254740993.0, 1.7976931348623157e308, 5e-324]
for v in vals:
    print(repr(v), int(v), sep=" -> ")
print(int(3.7) + int(-3.7), int(1e300) % 10 ** 10, int(2.0 ** 100) == 2 ** 100)
print(int(10 / 3), int(-10 / 3), int(7 // 2.0), int(-7 // 2.0))
print(type(int(2.0)), int(True), int(False), int(5), int(-5))
print(float(7), float(-7), float(2 ** 63), float(2 ** 64 + 1), float(10 ** 20), float(True))
print(float(2 ** 53 + 1), float(2 ** 53 + 3), float(-(2 ** 60) - 1), float(0), float(-0))
print(int(float(2 ** 70)), int(float(10 ** 22)), int(float(10 ** 23)))
