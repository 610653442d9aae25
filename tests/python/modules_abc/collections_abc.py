# collections.abc: which builtin objects and classes count as which ABC (hooks and CPython's
# registrations), the mixin methods of Mapping/MutableMapping/Sequence/Set, and the
# abstract-method errors.
import collections.abc as A
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, UserDict

names = ['Hashable', 'Iterable', 'Iterator', 'Generator', 'Reversible', 'Sized', 'Container',
         'Collection', 'Callable', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
         'Sequence', 'MutableSequence', 'ByteString', 'KeysView', 'ItemsView', 'ValuesView',
         'MappingView', 'Awaitable', 'Coroutine', 'AsyncIterable']


class Plain:
    pass


class Full:
    def __len__(self): return 0
    def __iter__(self): return iter([])
    def __contains__(self, x): return False
    def __call__(self): pass
    def __next__(self): raise StopIteration
    def __reversed__(self): return iter([])


class NoHash:
    __hash__ = None


def gen():
    yield


objs = [1, 1.5, 'ab', b'ab', bytearray(), [], (), {}, set(), frozenset(), range(3), iter([]),
        iter({}), iter(''), gen(), len, gen, int, {}.keys(), {}.items(), {}.values(), zip(),
        map(str, []), enumerate([]), reversed([]), Plain(), Full(), NoHash(), None,
        memoryview(b''), deque(), ChainMap(), Counter(), OrderedDict(), defaultdict(),
        UserDict()]
for o in objs:
    print(f'{type(o).__name__:12}', ''.join('1' if isinstance(o, getattr(A, n)) else '0'
                                           for n in names))
for c in [int, str, list, dict, tuple, set, frozenset, bytes, bytearray, range, Plain, Full]:
    print(f'{c.__name__:12}', ''.join('1' if issubclass(c, getattr(A, n)) else '0'
                                      for n in names))


class MyMap(A.MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)


m = MyMap()
m['a'] = 1
m.update(b=2, c=3)
print(m.pop('a'), m.setdefault('z', 0), dict(m), list(m.items()), m == {'b': 2, 'c': 3, 'z': 0},
      m.get('q'), m.pop('q', 'dflt'))
print(m.popitem(), len(m), 'b' in m.keys(), sorted(m.keys() & {'c'}), 'z' in m.values())
try:
    m.pop('missing')
except KeyError as e:
    print('KeyError', e)


class MySeq(A.Sequence):
    def __init__(self, *a): self.a = a
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)


s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, 9 in s, s.index(2), s.index(2, 2), s.count(2), list(reversed(s)))
try:
    s.index(9)
except ValueError:
    print('ValueError')


class MySet(A.Set):
    def __init__(self, it): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)


a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(list(a & b), list(a | b), list(a - b), list(a ^ b), a <= b, a < MySet([1, 2, 3, 4]),
      a == MySet([3, 2, 1]), a.isdisjoint([7]), a._hash() == MySet([3, 1, 2])._hash())
for cls in [A.Sequence, A.MutableMapping, A.Set, A.Iterator, A.Hashable, A.MutableSequence]:
    try:
        cls()
    except TypeError as e:
        print(e)
