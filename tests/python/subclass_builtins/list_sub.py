# list subclasses: payload methods, __init__ split, overridden dunders honoured by builtins
class L(list):
    def total(self):
        return sum(self)

l = L([3, 1, 2])
l.append(5)
l.sort()
print(l, repr(l), type(l).__name__, l.total(), len(l), l[0], l[-1], l[1:3], type(l[1:3]).__name__)
print(l + [9], type(l + [9]).__name__, l * 2, type(l * 2).__name__, [0] + l, l == [1, 2, 3, 5], l != [1])
l += [7]
print(l, type(l).__name__)
l[0] = 100
del l[1]
print(l, 100 in l, list(l), tuple(l), sorted(l), reversed(l) is not None, max(l), L())
print(isinstance(l, list), isinstance(l, L), L.__mro__ == (L, list, object), L.__bases__)

class Stack(list):
    def __init__(self, *items):
        super().__init__(items)
        self.pushes = len(items)
    def push(self, x):
        self.append(x)
        self.pushes += 1
    def peek(self):
        return self[-1]

s = Stack(1, 2)
s.push(3)
print(s, s.peek(), s.pushes, s.pop(), s, s.__dict__)

class Logged(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)
    def __len__(self):
        return 42
    def __iter__(self):
        print("iter")
        return super().__iter__()
    def __contains__(self, x):
        print("contains", x)
        return super().__contains__(x)

g = Logged([1, 2, 3])
print(g[1])
g[0] = 10
print(len(g), bool(Logged()), 2 in g)
for x in g:
    print("item", x)
print(list(g), g)
a, b, c = g
print(a, b, c)

class Uniq(list):
    def append(self, x):
        if x not in self:
            super().append(x)
u = Uniq()
for x in [1, 2, 1, 3, 2]:
    u.append(x)
print(u)
try:
    L(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(L())
except TypeError as e:
    print("TypeError:", e)
try:
    L([1])[5]
except IndexError as e:
    print("IndexError:", e)
