# Lists of 65,536 items or more grow fourfold when an append finds them full (smaller ones
# double): appends by method, by comprehension and on a list subclass cross that size and
# the next steps (comprehensions still double), and the contents must be exactly what was
# appended.

N = 300_000

a = []
for i in range(N):
    a.append(i)
print(len(a), a[0], a[65535], a[65536], a[262143], a[262144], a[-1], sum(a) == N * (N - 1) // 2)
print(a[65534:65538], a[262142:262146])

b = [i * 2 for i in range(N)]
print(len(b), b[-1], b == [x * 2 for x in a])

c = [x for x in b if x % 3 == 0]
print(len(c), c[:3], c[-1])


class L(list):
    pass


s = L()
app = s.append
for i in range(70_000):
    app(str(i % 10))
print(type(s).__name__, len(s), "".join(s[-12:]), s.count("7"))

# Operations on a list past the fourfold step.
a.insert(0, -1)
a.pop()
del a[100:200]
a.extend(range(5))
a += [7, 8]
print(len(a), a[:3], a[-8:])
a[:] = a[:65537]
for i in range(5):
    a.append(i)
print(len(a), a[-6:])
a.clear()
a.append(1)
print(a)

# Many large lists at once, then all dropped: the storage of each is freed.
keep = []
for r in range(4):
    x = []
    for i in range(70_000):
        x.append(r)
    keep.append(x)
print([len(x) for x in keep], [x[-1] for x in keep])
del keep
