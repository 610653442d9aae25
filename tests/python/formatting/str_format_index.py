# str.format with too few positional arguments
print("{0}".format("x"))
print("{} {} {}".format("a", "b"))
