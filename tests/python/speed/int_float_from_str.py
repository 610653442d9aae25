# int(str) and float(str) quick paths (short ASCII decimals) against the general grammar:
# signs, spaces, underscores, other scripts' digits, 18/19-digit boundaries, exponents,
# inf/nan, malformed text and its messages, subclasses with __int__/__float__.
def show(f, s):
    try:
        print(repr(s), repr(f(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)


for s in ["0", "7", "-0", "+5", "-12", "007", " 12", "12 ", "1_000", "1__0", "_1", "٣٤",
          "123456789012345678", "-123456789012345678", "1234567890123456789",
          "9223372036854775807", "-9223372036854775808", "", "-", "+", "12a", "1.5", "0x10",
          "--1", "+-1"]:
    show(int, s)
for s in ["1.5", "1e5", "1E5", ".5", "5.", "-0.0", "+1.5e+3", "1.5e-3", "1e500", "1e-500",
          "1e", "e5", ".", "+-1", "--1", "1.5e+-3", "1e5.5", "1_0.5", " 1.5 ", "inf", "-nan",
          "Infinity", "١.٥", "0x10", "", "-", "1..5", "123456789012345678901234567890",
          "0.1000000000000000055511151231257827"]:
    show(float, s)


class SI(str):
    def __int__(self):
        return 99

    def __float__(self):
        return 9.5


class SP(str):
    pass


print(int(SI("12")), float(SI("1.5")), int(SP("12")), float(SP("1.5")), type(int(SP("3"))))
