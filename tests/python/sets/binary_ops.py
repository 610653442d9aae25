# Union, intersection, difference and symmetric difference build results in CPython's order.
a = {1, 2, 3, 40, 50, 600}
b = {3, 4, 50, 70, 800, 9}
print(a | b)
print(b | a)
print(a & b)
print(b & a)
print(a - b)
print(b - a)
print(a ^ b)
print(b ^ a)
big = set(range(0, 100, 3))
small = {3, 33, 99, 100, 1000}
print(big & small, small & big)
print(big - small == set(range(0, 100, 3)) - {3, 33, 99})
print(small - big)
print(big ^ small)
print(frozenset(a) | b, type(frozenset(a) | b).__name__)
print(a | frozenset(b), type(a | frozenset(b)).__name__)
print({'x', 'y'} | {'y', 'z'})
print({1, 2} & {True, 5})
