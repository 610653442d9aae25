# tuple.index with a non-integer bound
print((1, 2).index(2))
print((1, 2).index(2, "x"))
