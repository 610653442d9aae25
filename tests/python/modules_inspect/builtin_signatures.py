"""inspect.signature of builtin functions, methods (bound and unbound), classmethods and
builtin types from CPython's text signatures; __doc__ and __text_signature__ of builtins."""
import inspect

funcs = [len, print, sorted, isinstance, abs, round, divmod, pow, sum, open, repr, hash, id,
         enumerate, list, object, "".join, [].append, {}.get, str.split, str.join, list.index,
         int.from_bytes, int.__add__, (1).__add__, max, min, getattr, iter, next,
         zip, map, range, int, str, dict, bytes.hex, float.hex, set.add, tuple.count]
for f in funcs:
    try:
        s = str(inspect.signature(f))
    except ValueError as e:
        s = 'ValueError: ' + str(e)
    print(getattr(f, '__name__', '?'), '|', s, '|', getattr(f, '__text_signature__', 'n/a'))

for f in (len, print, sorted, str.join, dict.get, list.append, abs, isinstance, sum, pow,
          str.split, int.to_bytes, float.is_integer, set.union, dict.items):
    print(f.__name__, repr(f.__doc__))
for t in (int, str, list, dict, tuple, set, float, bool, bytes, object, range, type, enumerate, zip):
    print(t.__name__, repr(t.__doc__.split('\n')[0]), t.__text_signature__)

print(len.__qualname__, str.join.__qualname__, "".join.__self__ == "", [].append.__qualname__)

class L(list):
    pass

print(inspect.signature(L), L.__doc__, L.__text_signature__)

def user(a, b=2, *args, c, **kw):
    """Doc."""

print(inspect.signature(user), user.__doc__)
import math
print(math.sqrt.__name__, math.sqrt.__qualname__)
sig = inspect.signature(sorted)
print(list(sig.parameters), [p.kind.name for p in sig.parameters.values()])
print(sig.bind([3, 1], reverse=True))
try:
    sig.bind()
except TypeError as e:
    print('TypeError', e)
