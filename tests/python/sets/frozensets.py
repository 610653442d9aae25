# frozenset: printing, hashing, use as set elements and dict keys.
f = frozenset([3, 1, 2, 100])
print(f)
print(frozenset())
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset('ab')))
print(frozenset([1, 2]) == {1, 2}, {1, 2} == frozenset([2, 1]))
s = {frozenset([1]), frozenset([2, 3]), frozenset()}
print(s)
print({1} in s, frozenset([2, 3]) in s)
print(frozenset(f) is f, f.copy() is f)
d = {frozenset('ab'): 1}
print(d[frozenset('ba')])
print(f | {7}, f & {1, 2}, f - {1}, f ^ {1, 9})
print(frozenset(range(20)))
