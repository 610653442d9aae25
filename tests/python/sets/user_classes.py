# Elements with user __hash__/__eq__: comparisons happen along the probe sequence.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, other):
        print('eq', self.v, other.v)
        return self.v == other.v
    def __repr__(self):
        return 'K(%d)' % self.v
s = {K(1), K(4), K(7)}
print(s)
s.add(K(4))
print(K(7) in s, K(10) in s)
s.discard(K(1))
print(s)
s.add(K(10))
print(s)
class Bad:
    def __hash__(self):
        return 5
    def __eq__(self, other):
        raise ValueError('no eq')
b = {Bad()}
try:
    b.add(Bad())
except ValueError as e:
    print('ValueError', e)
class NoHash:
    __hash__ = None
try:
    {NoHash()}
except TypeError as e:
    print(e)
