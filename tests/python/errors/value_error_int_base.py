# ValueError: invalid literal for int() with an explicit base.
print(int("101", 2), int("z", 36))
print(int("777", 8), int("ff", 16), int("0x_ff", 16))
print(int("-1010", 2), int(" 11 ", 3))
for b in [2, 8, 10, 16, 36]:
    print(int("1", b), int("10", b), end=" | ")
print()
s = "12"
print("parsing", repr(s), "in base 2")
print(int("12", 2))
