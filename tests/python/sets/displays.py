# A display of literals is a folded frozenset constant in CPython; one with variables is built
# element by element. The two can order differently.
print({7, 15, 23, 31, 6})
a, b, c, d, e = 7, 15, 23, 31, 6
print({a, b, c, d, e})
print({-1, -9, -17, 4, 100})
print({(1, 2), ((3, 4), 5), (), 'x', 9})
print({1 + 1, 2 * 8, 2 ** 5, 64, 0})
print({a, 15, 23, 31, 6})
print({*[7, 15, 23, 31, 6]})
