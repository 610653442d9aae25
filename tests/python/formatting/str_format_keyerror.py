# str.format with a missing keyword argument
print("{a}".format(a=1))
print("{a} {b}".format(a=1))
