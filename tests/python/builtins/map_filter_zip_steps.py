"""map, filter, zip, enumerate, min, max, any, all and sum stepping their iterators: lists,
tuples, ranges, strs, dicts and sets (stepped in place) mixed with generators and classes;
lists that change while stepped; errors raised by an iterator, by the function and by
StopIteration inside it."""


def gen(n):
    for i in range(n):
        yield i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(map(lambda x: x * 2, [1, 2, 3])))
print(list(map(str.upper, "abc")), list(map(len, ("a", "bb"))))
print(list(map(lambda a, b: a + b, [1, 2, 3], (10, 20))))
print(list(map(lambda a, b, c: (a, b, c), range(3), "xyz", gen(5))))
print(list(map(abs, {-1: 0, -2: 0})), sorted(map(abs, {-3, -4})))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(filter(lambda c: c in "aeiou", "education")))
print(list(filter(lambda x: x % 3, range(10))), list(filter(None, gen(4))))
print(list(zip("ab", [1, 2, 3], range(5))), list(zip(Countdown(3), gen(10))))
print(list(zip({1: "a", 2: "b"}, {1: "a", 2: "b"}.items())))
print(list(enumerate("hey", 5)), list(enumerate(Countdown(2))))
print(min(map(len, ["aaa", "b", "cc"])), max(filter(None, [0, 3, 1])))
print(any(map(lambda x: x > 2, [1, 2, 3])), all(map(bool, "abc")), all(iter([1, 0])))
print(sum(map(lambda x: x * x, range(5))), sum(zip((1,), (2,)), ()))

# A list that grows or shrinks while map or filter steps through it.
xs = [1, 2, 3]
out = []
for v in map(lambda x: x, xs):
    out.append(v)
    if v == 1:
        xs.append(4)
    if v == 3:
        del xs[3:]
print(out, xs)
ys = [1, 2, 3, 4]
print([v for v in filter(lambda x: ys.pop() or True, ys)], ys)

# The same iterator twice in one zip.
it = iter(range(7))
print(list(zip(it, it)), list(it))
it = iter("abcde")
print(list(map(lambda a, b: a + b, it, it)))

# Errors: from the function, from an iterator, and StopIteration raised by the function
# (map and filter end quietly: it is the iterator protocol's own signal).
def bad(x):
    if x == 2:
        raise ValueError("bad %d" % x)
    return x

for make in (lambda: map(bad, [1, 2, 3]), lambda: filter(bad, (1, 2, 3)),
             lambda: zip([1, 2], map(bad, [1, 2, 3]))):
    m = make()
    try:
        print(list(m))
    except ValueError as e:
        print("ValueError", e, list(m))


def stopper(x):
    if x == 2:
        raise StopIteration
    return x


print(list(map(stopper, [1, 2, 3])), list(filter(stopper, [1, 2, 3])))


def failing():
    yield 1
    raise KeyError("k")


for consume in (list, tuple, sorted, sum, min, max, any, all, set):
    try:
        print(consume(map(lambda x: x, failing())))
    except KeyError as e:
        print(consume.__name__, "KeyError", e)

try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
try:
    list(map(lambda x: x, 5))
except TypeError as e:
    print(e)
try:
    list(zip([1], 5))
except TypeError as e:
    print(e)
try:
    min(map(lambda x: x, []))
except ValueError as e:
    print(e)


# StopIteration raised by map's or filter's function, or by a class's __next__: consumers
# end there, the iterator stays usable, and next() passes the exception on with its value.
m = map(stopper, [1, 2, 3])
print(list(m), list(m))
for v in map(stopper, [1, 2, 3]):
    print("for", v)
f = filter(stopper, [1, 2, 3, 4])
print(next(f), list(f))
try:
    next(map(stopper, [2]))
except StopIteration as e:
    print("next raised StopIteration", repr(e))
print(sorted(map(stopper, [1, 2, 3])), sum(map(stopper, [1, 2, 3])), min(map(stopper, [5, 2, 3])))
print(list(zip(map(stopper, [1, 2, 3]), "abc")))
print([x for x in map(stopper, [1, 2, 3])])
print(any(map(stopper, [0, 2, 1])), set(map(stopper, [1, 2])), tuple(map(stopper, [1,2])))
print(dict(zip(map(stopper, [1, 2]), "ab")))
print("-".join(map(str, map(stopper, [1, 2, 3]))))
class I:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(5)
try:
    next(I())
except StopIteration as e:
    print("value", e.value)
def f(x):
    raise StopIteration(7)
try:
    next(map(f, [1]))
except StopIteration as e:
    print("value", e.value)
