# reversed() over lists, tuples, strs, ranges and dicts; the iterator type names
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), list(reversed("héllo")))
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))), list(reversed(range(10, 0, -3))))
print(list(reversed(range(0))), list(reversed([])), list(reversed({"a": 1, "b": 2})))
print(repr(reversed([])).split(" ")[0], repr(reversed(())).split(" ")[0], repr(reversed("")).split(" ")[0])
print(repr(reversed(range(3))).split(" ")[0], repr(reversed({})).split(" ")[0])
it = reversed([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
lst = [1, 2, 3]
r = reversed(lst)
lst.append(4)
print(list(r))
for ch in reversed("abc"):
    print(ch)
print(reversed(5))
