# list.sort: default order, reverse, key functions, stability
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (0, "q")]
def first(p):
    return p[0]
pairs.sort(key=first)
print(pairs)
pairs.sort(key=first, reverse=True)
print(pairs)
mixed = [3, 1.5, True, -2, 0.0, 10**20]
mixed.sort()
print(mixed)
big = list(range(100, 0, -3)) + list(range(0, 100, 7))
big.sort()
print(big)
empty = []
empty.sort()
print(empty, [1].sort())
nested = [[2, 1], [1, 2], [1], [], [2]]
nested.sort()
print(nested)
print(a.sort(key=None, reverse=False), a)
