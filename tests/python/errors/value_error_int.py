# ValueError: invalid literal for int() with base 10.
print(int("42"), int(" -7 "), int("1_000"))
print(int("+5"), int("\t8\n"), int("-0"))
digits = "0123456789"
total = 0
for c in digits:
    total += int(c)
print("sum of digits", total)
text = "abc"
print("parsing", repr(text))
n = int(text)
print("not reached")
