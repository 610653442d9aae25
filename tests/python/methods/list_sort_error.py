# sorting values that cannot be ordered raises TypeError
a = [3, 1, 2]
a.sort()
print(a)
b = [1, "a", 2]
b.sort()
