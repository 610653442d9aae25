# sorted(): any iterable, key and reverse keywords, stability, original untouched
data = [3, 1, 2]
print(sorted(data), data)
print(sorted("hello"), sorted((3.5, -1, 2)), sorted(range(5, 0, -1)))
print(sorted({"b": 1, "a": 2}))
print(sorted(["bb", "a", "ccc"], key=len), sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(sorted([(1, "b"), (0, "z"), (1, "a")], reverse=True))
def neg(x):
    return -x
print(sorted([1, 5, 3], key=neg))
print(sorted([], reverse=True), sorted("zyx", key=None))
print(sorted(["B", "a", "C"], key=str.lower))
print(sorted([1, 2], reverse=5))
print(sorted([3, "x"]))
