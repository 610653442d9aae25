# str() and repr() of ints, lengths of big decimal strings, manual digit conversion.
vals = [0, 1, -1, 9, 10, -10, 255, 65535, 2 ** 31, 2 ** 63, -2 ** 63, 2 ** 64, 10 ** 18,
        10 ** 19, 10 ** 20 - 1, -(10 ** 20) + 1, 2 ** 200, -(3 ** 150)]
for v in vals:
    s = str(v)
    print(s, repr(v), len(s), int(s) == v, sep=" ")
print(len(str(2 ** 1000)), len(str(-(10 ** 500))), len(str(7 ** 1000)))
def to_str(n):
    if n == 0:
        return "0"
    neg = n < 0
    if neg:
        n = -n
    out = ""
    while n > 0:
        out = "0123456789"[n % 10] + out
        n = n // 10
    if neg:
        out = "-" + out
    return out
for v in vals:
    print(to_str(v) == str(v), end=" ")
print()
print(str(2 ** 100) + "!", "#" + repr(-(2 ** 70)), str(12) * 3, str(1) + str(2))
print(str(0) == "0", str(-0) == "0", repr(True + 0), str(10 ** 3))
