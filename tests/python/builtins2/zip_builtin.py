# zip(): shortest wins, any number of iterables, strict mode when lengths agree
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1, 2])), list(zip(range(3), range(10, 13), "xyz")))
print(list(zip([1, 2], [3, 4], strict=True)))
print(list(zip([], [], strict=True)))
z = zip("ab", [1, 2])
print(repr(z).split(" ")[0], next(z), next(z), next(z, "end"))
names = ["ann", "bob"]
ages = [31, 42]
for n, a in zip(names, ages):
    print(n, a)
print(dict(zip(names, ages)))
print(list(zip([1, 2, 3], [1, 2], strict=True)))
