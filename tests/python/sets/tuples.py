# Sets of tuples use CPython's xxHash-based tuple hash.
print({(1, 2), (2, 1), (0, 0)})
print({(i, i * i) for i in range(8)})
print({('a', 1), ('b', 2), ('a', 2)})
print({(), (1,), (1, 2), ((1, 2), 3)})
print(hash((1, 2)), hash(()), hash(('a',)))
