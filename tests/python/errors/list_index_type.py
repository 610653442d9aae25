# TypeError: list indices must be integers or slices, not str.
lst = [1, 2, 3]
print(lst[True], lst[False], lst[0])
print(lst[2 - 1], lst[-True])
key = "1"
print("key", repr(key), int(key), lst[int(key)])
total = 0
for v in lst:
    total += v
print("total", total)
print(lst[key])
