# sorted() takes exactly one positional argument
print(sorted([2, 1]))
print(sorted([2, 1], None))
