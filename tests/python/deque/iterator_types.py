"""The deque's iterator types: names, module and behaviour."""
from collections import deque

d = deque([1, 2, 3])
it = iter(d)
rit = reversed(d)
print(type(it), type(rit))
print(type(it).__name__, type(it).__module__, type(rit).__qualname__)
print(next(it), list(it), list(rit))
print(type(iter(deque())) is type(iter(d)))
d2 = deque("ab")
i2 = iter(d2)
d2.append("c")
try:
    next(i2)
except RuntimeError as e:
    print(type(e).__name__, e)
