# map() needs a function and at least one iterable
print(list(map(str, [1])))
print(map(str))
