# int() called with no args, ints, bools, floats, strings and bases.
print(int(), int(0), int(-12), int(2 ** 80), int(True), int(False))
print(int(1.9), int(-1.9), int(1e18), int(-0.0), int(2.5e-3), int(123.999))
print(int("12"), int(" -12 "), int("+0"), int("1_2_3"), int("0012"))
print(int("10", 2), int("10", 8), int("10", 16), int("10", 36), int("zz", 36), int("Zz", 36))
print(int("-ff", 16), int("0x10", 16), int("0o10", 8), int("0b10", 2), int("0B11", 2))
print(int("0x10", 0), int("0o10", 0), int("0b10", 0), int("10", 0), int("-0x_ff", 0))
print(int("1" * 30), int("-" + "9" * 25), int("f" * 20, 16))
print(type(int("5")), type(int(5.5)), int(int("7")) + 1)
print(int(str(2 ** 200)) == 2 ** 200, int(repr(-3)), int(str(7) * 3))
def digits_to_int(s):
    v = 0
    for c in s:
        v = v * 10 + int(c)
    return v
print(digits_to_int("9876543210123456789"), digits_to_int("0"))
