# float() from strings: inf/nan spellings, exponents, whitespace, underscores.
strs = ["1.5", "-2.25", "+3", "1e5", "1E5", "-1e-5", " 2.5 ", "\n3.25\t", "inf", "-inf",
        "+inf", "Infinity", "-INFINITY", "nan", "-nan", "NaN", ".5", "5.", "-.5", "1_000.5",
        "1e308", "1e309", "-1e309", "1e-400", "0.1", "000123.4500", "12345678901234567890",
        "0", "-0", "-0.0", "1.7976931348623157e308", "4.9e-324", "2.5e-3", "1_2.3_4e1_0"]
for s in strs:
    print(repr(s), float(s), sep=" => ")
print(float(" 1e16 "), float("1e15"), float("123456789.123"), float("0.30000000000000004"))
print(float("9007199254740993"), float("1.00000000000000011102230246251565404236316680908203125"))
print(float(10), float(-3), float(True), float(2 ** 1000) > 1e300)
