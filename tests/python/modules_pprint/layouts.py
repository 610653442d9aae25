# pprint: short objects on one line, long ones wrapped per CPython's layout; sorted dict
# keys, nested containers, long strings split, width/indent/depth/compact/sort_dicts.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque
from dataclasses import dataclass, field
data = {'name': 'isles', 'versions': list(range(30)), 'nested': {'b': [1, 2, {'deep': (1, 2, 3)}], 'a': 'x' * 50},
        'tuple': tuple('abcdefghijklmnopqrstuvwxyz'), 'set': set(range(25)), 'empty': {}}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=1)
pprint.pprint(list(range(40)), compact=True)
pprint.pprint({'z': 1, 'a': 2, 'm': [3] * 5}, sort_dicts=False, width=10)
print(pprint.pformat(('x' * 30, 'y' * 30, 'z' * 30)))
pprint.pprint('lorem ipsum dolor sit amet ' * 6)
pprint.pprint([OrderedDict(a=1, b=[2] * 20), Counter('abracadabra' * 5), deque(range(30))])
dd = defaultdict(list, {'k' * 10: list(range(20))})
pprint.pprint(dd)
@dataclass
class Point:
    x: int
    y: list = field(default_factory=lambda: list(range(30)))
pprint.pprint(Point(1))
print(pprint.saferepr({'b': 1, 'a': [1, 2]}), pprint.isreadable([1, 2]), pprint.isrecursive([1]))
pprint.pp({'b': 1, 'a': 2})
r = [1, 2]
r.append(r)
print(pprint.pformat(r).startswith('[1, 2, <Recursion on list with id='))
