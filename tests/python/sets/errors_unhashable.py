# Unhashable elements raise TypeError.
for bad in ([1], {}, {2}):
    try:
        {1, bad}
    except TypeError as e:
        print(e)
s = set()
try:
    s.add([])
except TypeError as e:
    print(e)
print({1} in {frozenset([1])}, set() in {frozenset()})
try:
    s.discard({1: 2})
except TypeError as e:
    print(e)
set([[1, 2]])
