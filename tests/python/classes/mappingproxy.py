# C.__dict__ is a read-only mappingproxy; types.MappingProxyType
class C:
    x = 1
    def f(self): pass
d = C.__dict__
print(type(d).__name__)
print(d['x'], 'f' in d, d.get('x'), len(d) > 2)
try:
    d['y'] = 2
except TypeError as e:
    print(e)
try:
    C.__dict__.x = 2
except AttributeError as e:
    print(e)
import types
mp = types.MappingProxyType({'a': 1})
print(mp, repr(mp))
print(list(mp.keys()), list(mp.items()), mp.copy())
try:
    del mp['a']
except TypeError as e:
    print(e)
print(mp | {'b': 2})
class E: pass
print(sorted(k for k in E.__dict__))
print(repr(E.__dict__)[:20])
