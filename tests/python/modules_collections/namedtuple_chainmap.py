# namedtuple: fields, defaults, _make/_asdict/_replace, repr, tuple behaviour, errors;
# ChainMap lookups and updates.
from collections import namedtuple, ChainMap
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, y=4)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p))
x, y = p
print(x + y, p == (3, 4), p == Point(3, 4), p != Point(4, 3), hash(p) == hash((3, 4)))
print(p._asdict(), p._replace(y=10), Point._make(range(2)), Point._fields)
print(p < Point(3, 5), p + (1,), p.count(3), p.index(4), 3 in p)
Color = namedtuple('Color', 'red green blue', defaults=[0, 255])
print(Color(1), Color(1, 2, 3), Color._field_defaults)
R = namedtuple('R', 'a a def _x', rename=True)
print(R._fields, R(1, 2, 3, 4))
for args, kw in [((1, 2, 3), {}), ((), {}), ((1,), {'x': 2}), ((1, 2), {'z': 3})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
for bad in [('P', 'a class'), ('P', 'a _b'), ('P', 'a a'), ('1P', 'a'), ('P', 'a 2b')]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError', e)
try:
    Point._make([1])
except TypeError as e:
    print('TypeError', e)
print(sorted([Point(2, 1), Point(1, 2)]), {p: 'v'}[Point(3, 4)])
base = {'a': 1, 'b': 2}
cm = ChainMap({'a': 10}, base)
print(cm, cm['a'], cm['b'], len(cm), sorted(cm), 'b' in cm, cm.get('z', 0))
cm['c'] = 3; print(cm.maps, base)
child = cm.new_child({'b': 20}); print(child['b'], child.parents['b'], dict(child.items()) == {'b': 20, 'a': 10, 'c': 3})
del cm['c']
try:
    del cm['b']
except KeyError as e:
    print('KeyError', e)
