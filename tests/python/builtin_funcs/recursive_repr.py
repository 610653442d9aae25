# recursive containers print as CPython does
a = [1]
a.append(a)
print(a, str(a), repr([a, a]), len(repr(a)))
d = {'k': 1}
d['self'] = d
print(d, str(d))
t = ([],)
t[0].append(t)
print(t)
l = [{}]
l[0]['l'] = l
print(l)
x = []
y = [x]
x.append(y)
print(x, y)
class C:
    def __repr__(self):
        return 'C(%r)' % (self.x,)
c = C()
c.x = [c]
print(c, [c])
dd = {}
dd[1] = dd.keys()
print(dd.keys(), dd.values())
print(f'{a}', '%s' % (a,), str(a) == repr(a))
