# Subclasses of the builtin iterator types CPython allows as bases (enumerate, reversed, zip, map, filter); the final ones refused.
# Subclassing the builtin iterator types CPython 3.11 allows as bases.
class E(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 10, v
print(list(E("abc")), list(E("xy", start=5)))
print(isinstance(E([]), enumerate), type(E([])).__name__, E.__mro__)
class R(reversed):
    extra = 3
r = R((1, 2, 3))
print(list(r), r.extra, type(r).__name__)
print(type(R([1, 2])).__name__)
class Z(zip):
    def __init__(self, *its, **kw):
        self.n = len(its)
z = Z("ab", "cd")
print(list(z), z.n)
print(list(Z("ab", "cde", strict=False)))
class M(map):
    pass
print(list(M(str.upper, "hi")), isinstance(M(abs, []), map))
class F(filter):
    def __iter__(self):
        return self
print(list(F(None, [0, 1, 2, 0, 3])))
class E2(enumerate):
    def __new__(cls, it, tag):
        self = super().__new__(cls, it)
        self.tag = tag
        return self
e = E2("pq", "T")
print(e.tag, next(e), list(e), e.__dict__)
for bad in (range, type(iter([])), slice, bool, memoryview, type(None), type(x for x in ())):
    try:
        class X(bad):
            pass
    except TypeError as err:
        print(err)
try:
    E(5)
except TypeError as err:
    print(err)
try:
    M()
except TypeError as err:
    print(err)
try:
    class Both(map, zip):
        pass
except TypeError as err:
    print(err)
class E3(E):
    pass
e3 = E3("st")
print(iter(e3) is e3, enumerate.__next__(e3), next(e3), list(e3))
print(hasattr(E, "__next__"), hasattr(E, "__iter__"), type(e3).__mro__[-2])
class Rev(reversed):
    def __len__(self):
        return 7
print(list(Rev("abc")), len(Rev("xy")))
class Count(map):
    calls = 0
    def __next__(self):
        Count.calls += 1
        return super().__next__()
print(sum(Count(int, "123")), Count.calls, sorted(Count(str, [3, 1, 2])))
