"""MagicMock: configured magic methods and their defaults."""
from unittest.mock import MagicMock, Mock, call

m = MagicMock()
print(len(m), bool(m), int(m), float(m), list(iter(m)), 3 in m)
print(m.__enter__.return_value is not None)
m.__len__.return_value = 7
m.__getitem__.side_effect = lambda k: k * 2
m.__iter__.return_value = iter([1, 2, 3])
print(len(m), m[4], list(m))
with m as x:
    print(x is m.__enter__.return_value)
m[1] = 2
print(m.__setitem__.call_args)
print(m.mock_calls)
print(m == m, m != 3, hash(m) == hash(m))
m.__str__.return_value = 'hello'
print(str(m))
m2 = MagicMock(return_value=3)
print(m2() + 1 if isinstance(m2(), int) else 'no')
print(m2.mock_calls)
n = MagicMock()
n.a.b.c(1)
print(n.mock_calls)
print(n.a.b.c.call_args_list)
try:
    n < 1
except TypeError as e:
    print("TypeError", e)
print(abs(m) is not None, m.__abs__.called)
n.__lt__.return_value = True
print(n < 1)
try:
    Mock()[1]
except TypeError as e:
    print('TypeError', e)
try:
    len(Mock())
except TypeError as e:
    print('TypeError', e)
