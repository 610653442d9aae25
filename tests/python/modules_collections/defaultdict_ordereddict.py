# defaultdict with factories and __missing__; OrderedDict order operations and repr.
from collections import defaultdict, OrderedDict
dd = defaultdict(int)
for w in 'the cat and the hat and the bat'.split():
    dd[w] += 1
print(dd)
print(sorted(dd.items()), dd['missing'], len(dd))
dl = defaultdict(list)
dl['x'].append(1); dl['x'].append(2); dl['y']
print(dl, dict(dl), list(dl.keys()), list(dl.values()))
none = defaultdict()
try:
    none['k']
except KeyError as e:
    print('KeyError', e)
print(none, defaultdict(None, {'a': 1}))
try:
    defaultdict(5)
except TypeError as e:
    print(e)
print(dd.get('nothere'), 'nothere' in dd, dd.pop('cat'), dd.setdefault('dog', 7))
c = dl.copy(); c['z'].append(0); print(c, dl)
od = OrderedDict()
od['b'] = 2; od['a'] = 1; od['c'] = 3
print(od, list(od))
od.move_to_end('b'); print(od)
od.move_to_end('b', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict.fromkeys('xy', 0))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1) == {'a': 1})
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
