# functools.reduce and partial: initial values, errors, partial repr and nesting.
import functools
from functools import reduce, partial
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 1))
print(reduce(lambda a, b: a + [b], 'abc', []), reduce(max, [3], 0), reduce(operator.add, [], 5))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
def power(base, exp=2, *, mod=None):
    r = base ** exp
    return r % mod if mod else r
sq = partial(power, exp=2)
cube = partial(power, exp=3)
print(sq(5), cube(2), cube(2, exp=4), partial(power, 2, 10, mod=1000)())
p2 = partial(partial(power, 3), mod=5)
print(p2(), p2.args, p2.keywords, p2.func is power)
print(repr(partial(max, 1, key=abs)))
basetwo = partial(int, base=2)
print(basetwo('10010'), basetwo.keywords)
try:
    partial(5)
except TypeError as e:
    print('TypeError', e)
print(list(map(partial(operator.mul, 3), [1, 2, 3])))
