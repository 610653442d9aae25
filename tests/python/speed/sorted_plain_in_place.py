# sorted()/list.sort() without a key of plain values of one kind sort the items in place
# (stable); sorted(dict) copies the keys at once. Stability shown with 0.0/-0.0 and 1/True,
# reverse, mixed kinds (the general path and its errors), dict subclasses with __iter__.
d = {"id": 1, "name": 2, "price": 3, "tags": 4, "dims": 5, "history": 6, "é": 7, "Z": 8}
print(sorted(d), sorted(d, reverse=True), sorted({}), sorted({3: 0, 1: 0, 2: 0}))
fl = [0.0, -0.0, 1.5, -0.0, 0.0, -2.5]
print(sorted(fl), sorted(fl, reverse=True), [str(x) for x in sorted(fl)])
print(sorted([3, 1, True, 0, False, 2]), sorted(["b", "a", "B", "日", "é", ""], reverse=True))
print(sorted([2**70, 5, -3]), sorted([1.5, 2, 0.5]), sorted([float("nan"), 1.0, 0.5]))
for bad in ([1, "a"], ["a", None], [(1,), 2]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError", e)


class D(dict):
    def __iter__(self):
        return iter(["z", "a"])


class E(dict):
    pass


print(sorted(D(x=1)), sorted(E(b=1, a=2)), list(E(q=1, p=2)), tuple(d)[:3])
xs = [5, 3, 9, 1]
xs.sort(reverse=True)
print(xs, sorted((3, 1, 2)), sorted("cab"), sorted(range(5, 0, -2)))
