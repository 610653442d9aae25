# ValueError: could not convert string to float (raised inside a helper function).
print(float("1.5"), float(" inf "), float("-nan"))
def parse(s):
    return float(s)
print(parse("2.5e3"), parse("  -0  "), parse("1_5"))
print(parse("Infinity"), parse("-iNf"), parse(".5e-1"))
for s in ["1", "2.", "3e0"]:
    print(parse(s), end=" ")
print()
print(parse("x"))
print("not reached")
