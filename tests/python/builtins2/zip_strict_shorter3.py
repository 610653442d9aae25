# zip(strict=True) where the third argument is shorter
print(list(zip("ab", "cd", "e", strict=False)))
print(list(zip("ab", "cd", "e", strict=True)))
