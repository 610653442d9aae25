"""os.environ: writes, deletes, getenv, putenv/unsetenv argument checks, the
MutableMapping interface, and the errors of non-str keys and values."""
import os
from collections.abc import Mapping, MutableMapping

os.environ['ISLES_T1'] = 'a'
print(os.environ['ISLES_T1'], os.getenv('ISLES_T1'), os.environ.get('ISLES_T1'), 'ISLES_T1' in os.environ)
del os.environ['ISLES_T1']
print(os.getenv('ISLES_T1'), os.getenv('ISLES_T1', 'dflt'), 'ISLES_T1' in os.environ)
for t in [lambda: os.environ['ISLES_NOPE'], lambda: os.environ.__setitem__('X', 1),
          lambda: os.environ.__setitem__(1, 'x'), lambda: os.environ.__delitem__('ISLES_NOPE'),
          lambda: os.getenv(1), lambda: os.putenv('A=B', 'x'), lambda: os.putenv('', 'x'),
          lambda: os.putenv('A', 1), lambda: os.putenv('A', 'a\0b'), lambda: os.unsetenv(''),
          lambda: os.unsetenv('A=B')]:
    try:
        print(t())
    except (KeyError, TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
os.putenv('ISLES_T2', 'b')
print(os.getenv('ISLES_T2'))
os.unsetenv('ISLES_T2')
os.environ.setdefault('ISLES_T3', 'c')
print(os.environ.pop('ISLES_T3'), os.environ.pop('ISLES_T3', None))
os.environ.update({'ISLES_T4': 'd'}, ISLES_T5='e')
print(os.environ['ISLES_T4'], os.environ['ISLES_T5'])
print(isinstance(os.environ, Mapping), isinstance(os.environ, MutableMapping), type(os.environ).__name__)
print(sorted(k for k in os.environ if k.startswith('ISLES_T')), len(os.environ) > 0)
print(type(os.environ.copy()).__name__, dict(os.environ)['ISLES_T4'])
e = os.environ
print('ISLES_T4' in e.keys(), 'd' in e.values(), ('ISLES_T4', 'd') in e.items())
print(os.getenv('HOME') is not None, os.environ.get('NOPE_XX', 'x'))
