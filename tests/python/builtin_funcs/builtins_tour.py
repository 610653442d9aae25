# builtin functions tour: iteration helpers, sorting, introspection, exec/eval/compile, recursive reprs, dict/set views, mutation during iteration
print(list(enumerate('ab', 1)), list(zip('ab', [1, 2, 3])), list(map(pow, [2, 3], [2, 2])), list(filter(None, [0, 1, '', 'a'])), list(reversed([1, 2, 3])), list(reversed(range(5))))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([3, 1, 2], reverse=True), sorted(['aa', 'b', 'ccc'], key=len))
l = [5, 3, 5, 1]; l.sort(); print(l, l.index(5), l.count(5))
data = [('a', 2), ('b', 1), ('c', 2)]; print(sorted(data, key=lambda t: t[1]))
it = iter([1, 2]); print(next(it), next(it), next(it, 'done'))
calls = iter(lambda: calls_list.pop(), 0); calls_list = [0, 1, 2]; print(list(calls))
print(callable(len), callable(1), getattr(1, 'real'), getattr(1, 'zz', 'dflt'), hasattr([], 'append'))
class O: pass
o = O(); setattr(o, 'x', 1); print(vars(o), o.x); delattr(o, 'x'); print(vars(o))
print(type(1), type('a').__name__, isinstance(True, int), issubclass(bool, (str, int)), type(type))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), abs(-0.0), round(3.14159, 3), round(-0.5))
print(repr([1, [2, (3, {4: 'x'})]]), ascii(['é']), format(0.1, '.20f'), format(12345, ','))
a = [1]; a.append(a); print(a)
d = {}; d['self'] = d; print(d)
t = ([],); t[0].append(t); print(t)
s = {1, 2}; print(s | {3}, s & {2}, s - {1}, s ^ {2, 5}, {1, 2} <= {1, 2, 3}, frozenset([1]) | {2})
d = {'a': 1, 'b': 2}
print(d | {'c': 3}, list(d.keys()), list(d.values()), list(d.items()), d.get('z'), d.setdefault('z', 9), d.pop('z'), d.popitem(), dict.fromkeys('ab', 0))
dd = {'x': 1}; dd |= {'y': 2}; print(dd, {**dd, 'z': 0}, dict(a=1, **dd), dict([('k', 'v')]), dict(zip('ab', range(2))))
try:
    for k in d: d['new'] = 1
except RuntimeError as e: print(e)
try:
    s2 = {1, 2}
    for x in s2: s2.add(x + 10)
except RuntimeError as e: print(e)
print(d.keys() & {'a'}, d.items() | {('q', 1)}, 'a' in d.keys(), reversed(d) is not None, list(reversed({'a': 1, 'b': 2})))
print(range(10)[2:8:2], range(0, 10, 3)[-1], len(range(0, 10, 3)), 5 in range(10), range(5) == range(0, 5), list(range(10, 0, -3)))
print(slice(1, 10, 2).indices(5), [0, 1, 2, 3, 4][slice(None, None, -2)], 'abcdef'[-2:], 'abcdef'[10:], [1, 2, 3][-10:2])
print(list(zip(*[[1, 2], [3, 4]])), [*'ab', *range(2)], {*'ab'} == {'a', 'b'}, (*[1],))
print(eval('1 + 2'), eval('x * 2', {'x': 5}), exec('y = 3') or 'ok', compile('1+1', '<s>', 'eval').co_filename)
g = {}; exec('def f(): return 42', g); print(g['f']())
code = compile('a = 5\nb = a * 2', 'mycode', 'exec'); ns = {}; exec(code, ns); print(ns['b'])
def loc():
    x = 1
    return sorted(locals())
print(loc(), 'loc' in globals(), id(o) == id(o), hash('a') == hash('a'))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])), list(zip()), list(enumerate([], 5)))
print(min('b', 'a', key=str.upper), max(range(5), key=lambda x: -x), max([1, 3], [1, 2]))
print(print('inner', end='|', sep='-'), flush=True)
import sys
print('to stderr', file=sys.stderr)
print(1, 2, 3, sep=', ', end='!\n')
print(dir(O())[:3], 'append' in dir([]), len(dir(int)) > 50)
print(memoryview(b'abc')[1], bytes([65, 66]), bytearray(3), bytes.fromhex('41 42'), b'ab'.hex(), bytearray(b'x') + b'y', b'%d-%s' % (1, b'x'))
print(b'a,b'.split(b','), b'abc'.upper(), b' x '.strip(), b'abc'.replace(b'b', b'B'), b'abc'.find(b'c'), b'abc'[0], b'abc'[:1], list(b'ab'))
try: bytes([256])
except ValueError as e: print(e)
print(int.__name__, int.__mro__, bool.__bases__, object.__subclasshook__ is not None)
