# sys.modules caching, errors in module bodies, ModuleNotFoundError details, __import__ and
# importlib.import_module.
import sys
sys.path.insert(0, sys.path[0] + "/_modules")
import counter_mod
import counter_mod
import counter_mod as again
print(counter_mod.runs, again is sys.modules['counter_mod'])
for attempt in range(2):
    try:
        import raises_mod
    except ValueError as e:
        print(attempt, 'ValueError', e, 'raises_mod' in sys.modules)
for name in ('no_such_module', 'deep.nothing', 'counter_mod.sub', 'no_pkg.sub.leaf'):
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, '| name =', e.name)
try:
    from counter_mod import missing
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], '<dir>'), e.name)
m = __import__('deep.inner.leaf')
print(m.__name__)
m = __import__('deep.inner.leaf', fromlist=['leaf_value'])
print(m.__name__)
import importlib
print(importlib.import_module('deep.sibling').sib)
print(importlib.import_module('.leaf', 'deep.inner').leaf_value)
print(importlib.import_module('..sibling', 'deep.inner').sib)
for bad in [('', None), ('.x', None)]:
    try:
        importlib.import_module(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for args in [(5,), ('',), ('x', None, None, (), -1)]:
    try:
        __import__(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.modules['blocked'] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
e = ImportError('msg', name='n', path='p')
print(e, e.msg, e.name, e.path, ImportError('x').name)
try:
    ValueError('x', name='n')
except TypeError as e:
    print(e)
