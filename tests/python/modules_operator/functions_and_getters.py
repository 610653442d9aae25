# operator module: arithmetic/comparison functions, in-place forms, itemgetter/attrgetter/
# methodcaller with their reprs and errors.
import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.pow(2, 10), op.neg(4), op.pos(-4), op.abs(-3), op.inv(5), op.invert(0), op.lshift(1, 4), op.rshift(32, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.concat([1], [2]), op.contains('abc', 'b'), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, -1), op.getitem('hello', slice(1, 3)))
print(op.iadd([1], [2]), op.iadd(1, 2), op.imul('a', 3), op.isub(5, 1), op.ior({1}, {2}))
print(op.index(7), op.length_hint([1, 2]), op.length_hint(type('H', (), {'__length_hint__': lambda s: 4})(), 5), op.call(max, 1, 5))
g = op.itemgetter(1)
print(g('abc'), op.itemgetter(0, 2)('abc'), op.itemgetter('k')({'k': 'v'}), g)
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=op.itemgetter(1)))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def shout(self, suffix='!', times=1):
        return self.name.upper() + suffix * times
p = P('ann', P('bob'))
print(op.attrgetter('name')(p), op.attrgetter('inner.name')(p), op.attrgetter('name', 'inner.name')(p))
print(op.methodcaller('shout')(p), op.methodcaller('shout', '?', times=3)(p))
print(op.attrgetter('a', 'b.c'), op.methodcaller('m', 1, k='v'))
for bad in [lambda: op.attrgetter(1), lambda: op.methodcaller(5), lambda: op.itemgetter(5)([1]),
            lambda: op.attrgetter('zzz')(p), lambda: op.concat(1, 2), lambda: op.indexOf([1], 2)]:
    try:
        bad()
    except (TypeError, IndexError, AttributeError, ValueError) as e:
        print(type(e).__name__, e)
