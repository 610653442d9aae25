"""graphlib: static_order and the prepare/get_ready/done protocol, cycles reported with
CycleError's node list, and the errors of misuse."""
from graphlib import CycleError, TopologicalSorter

graphs = [{'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}}, {2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]},
          {}, {'a': []}, {'x': ['y'], 'y': ['z'], 'w': ['z', 'x']}]
for g in graphs:
    g = {k: sorted(v) if isinstance(v, set) else v for k, v in g.items()}
    print(list(TopologicalSorter(g).static_order()))
ts = TopologicalSorter()
ts.add('build', 'fetch', 'configure')
ts.add('configure', 'fetch')
ts.add('test', 'build')
ts.add('deploy', 'test', 'build')
ts.prepare()
while ts.is_active():
    batch = ts.get_ready()
    print('ready', batch, bool(ts))
    ts.done(*batch)
print(bool(ts))
for g in [{'a': ['b'], 'b': ['a']}, {1: [2], 2: [3], 3: [1], 4: [1]}, {'s': ['s']}, {'a': ['b'], 'b': ['c'], 'c': ['d'], 'd': ['b']}]:
    try:
        list(TopologicalSorter(g).static_order())
    except CycleError as e:
        print('CycleError', e.args[0], e.args[1], isinstance(e, ValueError))
t = TopologicalSorter({'b': ['a']})
for f in [t.get_ready, t.is_active, lambda: t.done('a')]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
t.prepare()
for f in [t.prepare, lambda: t.add('c'), lambda: t.done('zz'), lambda: t.done('b')]:
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
print(t.get_ready())
t.done('a')
try:
    t.done('a')
except ValueError as e:
    print('ValueError', e)
print(t.get_ready(), t.is_active())
