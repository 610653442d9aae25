# tuple.count and tuple.index with bounds, equality across int/float/bool
t = (1, 2, 3, 2, 1.0, True, "a", (1, 2))
print(t.count(1), t.count(2), t.count("a"), t.count((1, 2)), t.count(99))
print(t.index(2), t.index(2, 2), t.index(2, -5), t.index("a"), t.index((1, 2)))
print(t.index(1, 1), t.index(3, 0, 3))
print(().count(1))
print((1, 2, 3).index(3, -1))
print((1, 2, 3).index(1, -100, 100))
print((1, 2, 3).index(3, 0, 2))
