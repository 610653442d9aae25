# Growing past the resize points (5, 19, 77, ... elements) reorders elements.
s = set()
for i in range(0, 400, 7):
    s.add(i)
    if len(s) in (4, 5, 6, 18, 19, 20, 40):
        print(len(s), s)
print(len(s))
t = set()
for w in ['w%d' % i for i in range(30)]:
    t.add(w)
print(t)
u = {x * 37 % 101 for x in range(80)}
print(u)
print(set(range(100, 0, -9)))
