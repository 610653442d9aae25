# enumerate(): start values (negative, big, keyword), nesting with zip
for i, c in enumerate("abc"):
    print(i, c)
print(list(enumerate(["x", "y"], 10)))
print(list(enumerate(["x", "y"], start=-1)))
print(list(enumerate("ab", 2**64)))
print(list(enumerate([], 5)), list(enumerate(range(3), True)))
e = enumerate([7, 8])
print(repr(e).split(" ")[0], next(e), next(e), next(e, None))
print(list(enumerate(zip("ab", "cd"))))
print(list(enumerate(iterable="xy", start=1)))
print(enumerate([1], 1.5))
