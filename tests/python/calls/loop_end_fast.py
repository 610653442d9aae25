# A for loop over a range, list, tuple or str iterator ends without the general next():
# the iterator is left exhausted as next() leaves it (a list grown afterwards yields
# nothing more), and every other iterator still ends the general way.
def drain(it):
    out = []
    for x in it:
        out.append(x)
    return out


for seq in ([1, 2], (3,), "ab", "é€", "", [], (), range(3), range(5, 0, -2), range(0)):
    it = iter(seq)
    print(drain(it), drain(it), list(it), next(it, "end"))

l = [1, 2]
it = iter(l)
print(drain(it))
l.append(3)
print(drain(it), list(it), next(it, "end"))

l = [1, 2]
it = iter(l)
print(next(it), next(it))
l.append(3)
print(drain(it), drain(it))

# Growing the list inside the loop keeps it going; shrinking it ends it early.
l = [1]
for x in l:
    if x < 4:
        l.append(x + 1)
print(l)
l = [1, 2, 3, 4]
for x in l:
    del l[-1]
print(l)

# Each kind a loop can end on, in nested comprehensions.
print([[c for c in w] for w in ("ab", "c", "")], [[i for i in range(n)] for n in range(3)])
print([k for k in {1: 2, 3: 4}], [v for v in {5, 6}], [x for x in (y * 2 for y in (1, 2))])
print([x for x in map(abs, (-1, 2))], [p for p in zip("ab", [1, 2])])
print([x for x in reversed([1, 2])], [e for e in enumerate("xy")])


print(drain(iter([1, 2, 3].pop, 1)), [x for x in iter([4, 5, 6].pop, 4)])
d = {1: 2}
try:
    for k in d:
        d[k + 1] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
