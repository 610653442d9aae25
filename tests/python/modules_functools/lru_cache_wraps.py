# functools.lru_cache / cache: hits and misses, eviction order, cache_info/cache_clear;
# wraps copies __name__/__doc__ and sets __wrapped__.
import functools
calls = []
@functools.lru_cache(maxsize=2)
def f(x):
    calls.append(x)
    return x * 10
for x in [1, 2, 1, 3, 2, 1]:
    f(x)
print(calls, f.cache_info())
f.cache_clear(); print(f.cache_info())
@functools.lru_cache
def g(x, y=1):
    return x + y
print(g(1), g(1), g(1, y=1), g(1, 1), g.cache_info())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(fib.cache_parameters(), functools.lru_cache(maxsize=None)(abs).cache_parameters())
@functools.lru_cache(maxsize=0)
def h(x):
    return x
h(1); h(1); print(h.cache_info())
try:
    @functools.lru_cache(maxsize='big')
    def bad(): pass
except TypeError as e:
    print('TypeError', e)
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return ('wrapped', fn(*a, **k))
    return wrapper
@deco
def greet(name):
    """Say hello."""
    return 'hi ' + name
print(greet('bo'), greet.__name__, greet.__doc__, greet.__wrapped__('x'), greet.__qualname__)
def plain(): pass
def other():
    "other doc"
functools.update_wrapper(plain, other)
print(plain.__name__, plain.__doc__, plain.__wrapped__ is other)
