# Generators (send, throw, close, yield from, return values), comprehensions of every kind,
# generator expressions, star-args and star displays, sets.
def next(it):
    return it.__next__()

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"

print(list(count(4)), [x * x for x in count(5) if x % 2 == 0])
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.args)

def echo():
    got = yield "ready"
    while True:
        got = yield "got " + str(got)

e = echo()
print(e.send(None), e.send(1), e.send("x"))
e.close()

def deleg():
    r = yield from count(3)
    print("inner returned", r)
    yield from [10, 20]

print(list(deleg()))
print(sum(x for x in range(10)), {k: k * 2 for k in range(3)}, {x % 3 for x in range(10)})
print([(i, j) for i in range(3) for j in range(i)])
def f(*args, **kw):
    return args, kw
print(f(1, *[2, 3], k=1, **{"z": 2}), [*range(3), *"ab"], (*[1], 2), {**{"a": 1}, "b": 2})
def g2():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
gg = g2()
print(next(gg))
gg.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught in gen", e)
        yield 99
t = thrower()
next(t)
print(t.throw(ValueError("boom")))
print(sorted({3, 1, 2}) if False else len({1, 2, 2}), {1, 2} | {3}, {1, 2} & {2}, {1,2} - {1}, set(), frozenset([1]))
s = {1}
s.add(5)
print(s, 5 in s, 6 in s)
lst = [lambda x: x + i for i in range(3)]
print([fn(10) for fn in lst])
g3 = (x for x in range(3))
print(type(g3).__name__)
