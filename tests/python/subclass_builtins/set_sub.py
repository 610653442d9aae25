# set and frozenset subclasses: repr with the class name, operators return base types
class S(set):
    pass

s = S([3, 1, 2])
s.add(4)
s.discard(1)
print(s, repr(s), type(s).__name__, len(s), 3 in s, sorted(s), S(), repr(S()))
for r in [s | {9}, s & {3, 4}, s - {3}, s ^ {2, 10}, s.union([7]), s.copy()]:
    print(sorted(r), type(r).__name__)
s |= {5}
print(type(s).__name__, sorted(s), s == {2, 3, 4, 5}, s <= {2, 3, 4, 5, 6}, isinstance(s, set))

class FS(frozenset):
    pass
f = FS([1, 2])
print(f, repr(f), FS(), hash(f) == hash(frozenset([1, 2])), {f: 1}[frozenset([1, 2])], f | {3}, type(f | {3}).__name__)
print(frozenset(f), type(frozenset(f)).__name__, f == frozenset([1, 2]), type(f.copy()).__name__)

class Tracked(set):
    def __init__(self, items=()):
        super().__init__(items)
        self.log = []
    def add(self, x):
        self.log.append(x)
        super().add(x)
t = Tracked([1])
t.add(2)
t.add(1)
print(t, t.log, len(t))

class Named(frozenset):
    def __new__(cls, name, items):
        self = super().__new__(cls, items)
        self.name = name
        return self
n = Named("digits", range(3))
print(n, n.name, len(n), 2 in n)
try:
    S(1)
except TypeError as e:
    print("TypeError:", e)
try:
    hash(S())
except TypeError as e:
    print("TypeError:", e)
try:
    S().pop()
except KeyError as e:
    print("KeyError:", e)
