# Removal leaves a dummy slot; re-adding reuses the first dummy on the probe path.
s = {0, 8, 16, 24}
s.remove(0)
s.remove(16)
print(s)
s.add(32)
print(s)
s.add(0)
print(s)
t = set(range(20))
for i in range(0, 20, 2):
    t.discard(i)
print(t)
for i in range(40, 60, 3):
    t.add(i)
print(t)
t.discard(999)
print(len(t))
u = {'a', 'b', 'c'}
u.remove('b')
u.add('d')
u.add('b')
print(u)
