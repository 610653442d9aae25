# slice objects and dict keys/items views are unhashable in 3.11 (slices only from 3.12
# on); values views hash by identity.

for v in [slice(1, 2), slice(None), {}.keys(), {}.items(), [], {}, set(), bytearray()]:
    try:
        hash(v)
        print(type(v).__name__, "hashable")
    except TypeError as e:
        print(type(v).__name__, "TypeError:", e)
print(type(hash({}.values())).__name__)
try:
    {slice(1, 2): 1}
except TypeError as e:
    print("dict key:", e)
try:
    {slice(0, 3)}
except TypeError as e:
    print("set item:", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3))
print([1, 2, 3, 4][slice(1, 3)])
