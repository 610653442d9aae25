# special methods of builtin types as attributes: (1).__add__, int.__add__, object.__repr__, super().__eq__
print((1).__add__(2), (1).__add__('x'), int.__add__(3, 4), (5).__radd__(1), (2.5).__mul__(2), (7).__floordiv__(2))
print('ab'.__add__('cd'), 'ab'.__mul__(2), [1].__add__([2]), (1,).__len__(), 'abc'.__len__(), {1: 2}.__getitem__(1))
print((1).__eq__(1), (1).__eq__('x'), (1).__lt__(2), 'a'.__lt__(1), (3).__neg__(), (3).__abs__(), (0).__bool__())
print([1, 2].__contains__(2), list.__len__([1, 2, 3]), dict.__getitem__({'k': 'v'}, 'k'), str.__len__('hey'))
d = {}
d.__setitem__('a', 1); d.__delitem__('a'); print(d, (3.7).__int__(), (3).__float__(), hash(5) == (5).__hash__())
it = [1, 2].__iter__()
print(it.__next__(), next(it), 'x'.__repr__(), (1.5).__str__(), (255).__format__('x'), format(255, '#x'))
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        if not isinstance(other, P):
            return super().__eq__(other)
        return self.x == other.x
    def __hash__(self):
        return super().__hash__() * 0 + hash(self.x)
    def __repr__(self):
        return 'P(%r) %s' % (self.x, object.__repr__(self).split(' at ')[0])
    def __format__(self, spec):
        return 'P:' + format(self.x, spec)
a, b = P(1), P(1)
print(a == b, a == 1, a != 1, a != b, hash(a) == hash(1), repr(a), f'{a:>4}', object.__eq__(a, a), object.__eq__(a, b))
print(object.__str__(a), object.__format__(a, '') == str(a), object.__ne__(a, b))
try:
    object.__format__(a, 'x')
except TypeError as e:
    print(e)
class Q:
    pass
q = Q()
print(q.__eq__(q), q.__eq__(1), q.__ne__(1), q.__hash__() == hash(q), q.__str__() == repr(q), str(q) == q.__repr__())
print(hasattr(1, '__add__'), hasattr(1, '__len__'), hasattr('x', '__len__'), hasattr([], '__hash__'))
for f in [lambda: (1).__len__(), lambda: 'x'.__truediv__]:
    try:
        print(f())
    except AttributeError as e:
        print('AttributeError', e)
print(sorted([3, 1, 2], key=int.__neg__), list(map(str.__len__, ['a', 'bb'])), sum([1, 2], 0).__add__(1))
