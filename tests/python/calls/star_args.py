# *args and **kwargs: packing of extra positional and keyword arguments, unpacking at the
# call, mixing both, and what the callee sees (a fresh tuple and dict each call).


def f(a, *args):
    return (a, args)


def g(*args, **kw):
    return (args, kw)


def h(a, b=2, *rest, c, d=4, **kw):
    return (a, b, rest, c, d, kw)


print(f(1), f(1, 2), f(1, 2, 3))
print(g(), g(1), g(x=1), g(1, 2, x=3, y=4))
print(h(1, c=3), h(1, 2, 3, 4, c=5, z=6), h(*range(5), **{"c": 1, "e": 2}))
t = (1, 2)
d = {"x": 1}
r = g(*t, **d)
print(r, r[0] is t, r[1] is d)
r[1]["y"] = 2
print(d)


def counter(*args):
    return len(args)


print(sum(counter(i, i, i) for i in range(100)))
print(counter(*[]), counter(*"abc"), counter(*range(10)))


class A:
    def m(self, *args, **kw):
        return (type(self).__name__, args, sorted(kw))


a = A()
print(a.m(), a.m(1, 2), a.m(1, k=2), A.m(a, 3))
m = a.m
print(m(4, 5, z=1))
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    g(**[1])
except TypeError as e:
    print(e)
try:
    g(1, **{"a": 1}, **{"a": 2})
except TypeError as e:
    print(e)
