# getattr with a non-str attribute name
print(getattr("x", "upper")())
print(getattr("x", 5, None))
