# Equality and the subset order between sets and frozensets.
a = {1, 2, 3}
b = {1, 2}
print(a == b, a != b, b < a, b <= a, a > b, a >= b)
print(a < a, a <= a, a == {3, 2, 1})
print({1, 2} < {1, 3}, {1, 2} > {1, 3})
print(frozenset(a) >= b, b <= frozenset(a))
print(set() < a, set() == frozenset())
print(2 in a, 5 in a, 5 not in a)
print({1.0, 2.0} == {1, 2})
print(a == [1, 2, 3], a != (1, 2, 3))
