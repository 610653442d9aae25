# copy: classes with __reduce__/__reduce_ex__ (args, state, list and dict items), slotted
# instances (shallow and deep), __getstate__/__setstate__, and shared references in deep
# copies.
import copy


class Doubler:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        return (Doubler, (self.v * 2,))


print(copy.copy(Doubler(2)).v, copy.deepcopy(Doubler(3)).v)


class Stateful:
    def __init__(self, items):
        self.items = items

    def __reduce_ex__(self, proto):
        return (Stateful, ([],), {'items': self.items, 'extra': proto})


s = Stateful([1, [2]])
c, d = copy.copy(s), copy.deepcopy(s)
print(c.items is s.items, d.items == s.items, d.items is s.items, d.items[1] is s.items[1], c.extra)


class Bag(list):
    def __reduce__(self):
        return (Bag, (), None, iter(list(self)))


b = copy.deepcopy(Bag([1, [2]]))
print(type(b).__name__, b)


class Slotted:
    __slots__ = ('a', 'b')


x = Slotted()
x.a = [1]
y, z = copy.copy(x), copy.deepcopy(x)
print(y.a is x.a, z.a == x.a, z.a is x.a, hasattr(z, 'b'))


class Custom:
    def __init__(self):
        self.data = {'k': [1]}
        self.cache = 'expensive'

    def __getstate__(self):
        return {'data': self.data}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = 'rebuilt'


c2 = copy.deepcopy(Custom())
print(c2.data, c2.cache, copy.copy(Custom()).cache)
shared = [0]
pair = copy.deepcopy([shared, shared])
print(pair[0] is pair[1], pair[0] is shared)
