# str.join of a non-iterable
print("-".join(["ok"]))
print("-".join(5))
