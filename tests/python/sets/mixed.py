# Mixed element types: ints, floats, bools, strings, None-free tuples.
print({1, 1.0, True})
print({0, 0.0, False, ''})
print({1.5, 2.5, 0.1, 3})
print({2.0, 'two', (2,), 2})
print({float('inf'), -float('inf'), 1e300, 1e-300})
print({0.5, 0.25, 0.125, 100.75})
print({3.0, 3, 'three', 3 == 4})
