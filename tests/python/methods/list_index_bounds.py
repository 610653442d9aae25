# list.index with start and stop, negative and oversized bounds
a = [5, 3, 5, 7, 5]
print(a.index(5), a.index(5, 1), a.index(5, 3), a.index(5, -1), a.index(7, -3, -1))
print(a.index(3, -100), a.index(5, 0, 100))
print(a.index(7, 0, 3))
