# total_ordering fills comparison methods; cmp_to_key sorts with a cmp function;
# singledispatch picks the implementation by the first argument's type.
import functools
@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))
a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, b >= a, a <= a)
print(sorted([Version(2), Version(1, 5), Version(1)]), max(a, b))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)
def cmp(x, y):
    return (len(x) > len(y)) - (len(x) < len(y)) or (x > y) - (x < y)
print(sorted(['ccc', 'a', 'bb', 'aa', 'b'], key=functools.cmp_to_key(cmp)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda x, y: y - x)))
@functools.singledispatch
def describe(obj):
    return 'object'
@describe.register(int)
def _(obj):
    return 'int %d' % obj
@describe.register(list)
def _(obj):
    return 'list of %d' % len(obj)
def describe_str(obj):
    return 'str ' + obj
describe.register(str, describe_str)
print(describe(5), describe([1, 2]), describe('x'), describe(2.5), describe(True))
print(describe.dispatch(bool) is describe.dispatch(int), describe.registry[object] is describe.__wrapped__)
class Lazy:
    @functools.cached_property
    def value(self):
        print('computing')
        return 42
o = Lazy()
print(o.value, o.value)
