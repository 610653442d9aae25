# set.pop() scans from a finger that survives clear().
s = {5, 100, 3, 64, 17}
out = []
while s:
    out.append(s.pop())
print(out)
s = set(range(8))
print(s.pop(), s.pop())
s.clear()
s.update([1, 2, 3])
print(s.pop(), s)
t = set('abcdef')
print([t.pop() for _ in range(3)], t)
t.add('a')
print(t.pop(), sorted(t))
