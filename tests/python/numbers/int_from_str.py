# int() from strings: whitespace, signs, underscores, bases.
strs = ["0", "42", "-42", "+42", "  7  ", "\t-15\n", "1_000_000", "-0", "007", "0_0",
        "123456789012345678901234567890", "-99999999999999999999", " +1_2_3 "]
for s in strs:
    print(repr(s), int(s), sep=" => ")
print(int("ff", 16), int("FF", 16), int("-ff", 16), int("0xff", 16), int("0XfF", 16))
print(int("777", 8), int("0o777", 8), int("101", 2), int("0b101", 2), int("-0b1", 2))
print(int("z", 36), int("ZZ", 36), int("10", 36), int("11", 3), int("1_0", 2))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("99", 0), int("0", 0), int(" -0x_1 ", 0))
print(int("ffffffffffffffffffffffff", 16), int("1" * 70, 2))
print(int("  123  ", 10), int("-1", 10), int(str(2 ** 100)) == 2 ** 100)
print(int(str(-12345)), str(int("00012")), repr(int("-000")))
n = 0
for c in "31415":
    n = n * 10 + int(c)
print(n, n + 1, type(n))
