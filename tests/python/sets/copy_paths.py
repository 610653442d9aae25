# set(a_set), .copy() and dict sources take CPython's merge fast paths (different table sizes
# from adding one by one), so the order can differ from set(list(...)).
a = set()
for i in range(0, 60, 4):
    a.add(i)
for i in range(0, 60, 8):
    a.discard(i)
print(a)
print(set(a))
print(a.copy())
print(set(list(a)))
print(frozenset(a))
print(set({'k%d' % i: i for i in range(10)}))
print(set({i * 16: None for i in range(6)}))
b = set()
b.update({5, 37, 69})
b.update([101, 133])
print(b)
c = set(range(6))
print(c, set(c), set(tuple(c)))
