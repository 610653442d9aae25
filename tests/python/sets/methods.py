# The set methods taking any iterables, and the in-place operators.
a = {1, 2, 3, 40}
print(a.union([5, 6], (40, 7)))
print(a.intersection([40, 2, 99], range(3)))
print(a.difference([1], {3}))
print(a.symmetric_difference([3, 4, 5]))
print(a.union(), a.intersection(), a.difference())
print(a.issubset([1, 2, 3, 40, 5]), a.issuperset((1, 2)), a.isdisjoint([7, 8]))
b = set(a)
b.update([10, 20], {30})
print(b)
b.intersection_update(range(25))
print(b)
b.difference_update([1, 2])
print(b)
b.symmetric_difference_update({3, 100})
print(b)
c = {5, 6}
d = c
c |= {1, 70}
print(c, d is c)
c &= {5, 70, 1}
print(c)
c -= {5}
print(c)
c ^= {70, 8}
print(c, d)
print(set({'k1': 1, 'k2': 2, 'k3': 3}))
print(a.copy(), a.copy() is a)
