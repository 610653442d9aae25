# copy.copy / copy.deepcopy: containers, shared references and cycles via memo, instances,
# __copy__/__deepcopy__ hooks.
import copy
a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append('x'); a[2]['k'].append('y')
print(s, d, s[1] is a[1], d[1] is a[1])
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc)
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [2]))[1] is not None)
class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags
    def __repr__(self):
        return f'Point({self.x}, {self.tags})'
p = Point(1, ['a'])
p2 = copy.copy(p); p3 = copy.deepcopy(p)
p.tags.append('b')
print(p2, p3, p2.tags is p.tags, type(p3).__name__)
class Hooked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('copy hook')
        return Hooked(self.v + 1)
    def __deepcopy__(self, memo):
        print('deepcopy hook', type(memo).__name__)
        return Hooked(self.v * 10)
print(copy.copy(Hooked(1)).v, copy.deepcopy([Hooked(2)])[0].v)
print(copy.copy({1, 2}), copy.deepcopy({'a': (1, [2])}), copy.copy('str'), copy.deepcopy(None))
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y, id(x) in memo)
