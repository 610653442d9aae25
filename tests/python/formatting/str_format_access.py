# str.format field access: indexing, attribute lookup and nesting
data = {"k": [10, 20, 30], "name": "x"}
print("{0[k]} {0[k][1]} {0[name]}".format(data))
print("{d[k][2]}".format(d=data))
print("{0[0]}{0[1]}".format("ab"))
print("{0[1]}".format((5, 6)))
def f():
    return 1
print("{0.__name__}".format(f))
print("{.__name__} {}".format(f, 2))
print("{0[a:b]}".format({"a:b": "colon key"}))
print("{0.missing}".format(f))
