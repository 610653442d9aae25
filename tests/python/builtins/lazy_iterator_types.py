"""The builtin iterator classes (reversed, enumerate, zip, map, filter) are made on first use
of their name: they must still be classes with `__new__`, the same object however they are
reached."""
import builtins

# Reached first through the builtins module, then through a global lookup.
z = builtins.zip
print(z is zip, type(zip), zip.__name__, zip.__module__, zip.__qualname__)
print(list(zip([1, 2], "ab")))

# The type of an object made by the function is the class itself.
e = enumerate("xy")
print(type(e) is enumerate, isinstance(e, enumerate), list(e))
print(type(map(str, [1])) is map, type(filter(None, [])) is filter)
print(type(reversed([1, 2])).__name__, type(reversed(range(3))).__name__)
print("__new__" in reversed.__dict__, callable(reversed.__new__))

# Calling __new__ directly.
print(list(enumerate.__new__(enumerate, "ab", 5)))

print(sorted(n for n in dir(builtins) if n in {"zip", "map", "filter", "enumerate", "reversed"}))
print(map.__mro__, filter.__bases__)

# Errors keep CPython's messages.
for f, args in [(zip, (1,)), (enumerate, ()), (map, (len,)), (filter, (None,)), (reversed, (3,))]:
    try:
        f(*args)
    except TypeError as ex:
        print(f.__name__, "->", ex)
