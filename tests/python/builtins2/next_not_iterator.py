# next() on a list rather than an iterator
print(next(iter([1])))
print(next([1]))
