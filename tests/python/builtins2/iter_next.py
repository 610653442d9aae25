# iter() and next(): defaults, exhausted iterators, iterator identity, callable/sentinel
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
print(iter(it) is it, repr(iter("ab")).split(" ")[0], repr(iter((1,))).split(" ")[0], repr(iter(range(2))).split(" ")[0])
s = iter("xyz")
print(list(s), list(s))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
print(repr(iter(tick, 0)).split(" ")[0])
d = iter({"k": 1, "j": 2})
print(next(d), next(d))
e = iter([])
print(next(e, "empty"))
next(e)
