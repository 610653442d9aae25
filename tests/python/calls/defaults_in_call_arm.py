# Calls that fill parameters from __defaults__ push their frame in the Call and CallMethod
# arms: each site warmed in a loop, then the defaults replaced, removed or made too short,
# and the shapes that still bind the general way (generators, keywords, *args, captured
# parameters, swapped __code__).
def f(a, b=2, c=3):
    return a, b, c


def run(g, n):
    return [g(i) for i in range(n)]


print(run(f, 3), [f(i, 9) for i in range(2)])
f.__defaults__ = (20, 30)
print(run(f, 2))
f.__defaults__ = (30,)
print(f(1, 2))
try:
    print(run(f, 2))
except TypeError as e:
    print("TypeError:", e)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)


def gen(n, step=2):
    yield from range(0, n, step)


print([list(gen(i)) for i in range(5)])


def captured(x, k=10):
    def inner():
        return x + k

    return inner


print([captured(i)() for i in range(3)], captured(1, 2)())


def kwonly(a, b=1, *, c=5):
    return a + b + c


def star(a, b=1, *rest):
    return a, b, rest


print([kwonly(i) for i in range(3)], [star(i) for i in range(2)], star(1, 2, 3))


class C:
    def m(self, x, k=3):
        return x * k

    def deep(self, n, acc=0):
        return acc if n == 0 else self.deep(n - 1, acc + n)


c = C()
print([c.m(i) for i in range(3)], c.deep(50))
C.m.__defaults__ = (100,)
print([c.m(i) for i in range(3)])
m = c.m
print([m(i) for i in range(2)])


def other(a, b=7):
    return ("other", a, b)


def swapped(a, b=8):
    return ("swapped", a, b)


print([swapped(i) for i in range(2)])
swapped.__code__ = other.__code__
print([swapped(i) for i in range(2)])


def limit(n, d=0):
    return limit(n + 1)


try:
    limit(0)
except RecursionError as e:
    print("RecursionError:", e)
