# Keyword arguments and defaults: every way of filling parameters gives the same binding;
# defaults are evaluated once and shared; __defaults__ / __kwdefaults__ changed later are seen.


def f(a, b=10, c=20, *, d=30):
    return (a, b, c, d)


print(f(1))
print(f(1, 2))
print(f(1, 2, 3))
print(f(1, c=5))
print(f(c=5, a=1))
print(f(1, d=7, b=8))
print(f(*[1, 2], **{"d": 9}))


def acc(x, into=[]):
    into.append(x)
    return into


print(acc(1), acc(2), acc(3, []), acc(4))
f.__defaults__ = (100, 200)
print(f(1))
f.__kwdefaults__ = {"d": 300}
print(f(1, 2))
print(f.__defaults__, f.__kwdefaults__)


def kwonly(*, a, b=2):
    return a + b


print(kwonly(a=1), kwonly(b=5, a=1))


class P:
    def __init__(self, x, y=0, *, z=1):
        self.t = (x, y, z)

    def add(self, dx=1, dy=1):
        return (self.t[0] + dx, self.t[1] + dy)


p = P(1)
print(p.t, P(1, 2).t, P(1, z=3).t, P(y=4, x=5).t)
print(p.add(), p.add(5), p.add(dy=7), p.add(dy=2, dx=3))

# Many keywords in a loop (the same call site, kwnames reused).
total = 0
for i in range(1000):
    total += f(i, c=i, b=1)[2]
print(total)


def many(a, b, c, d, e, f, g, h):
    return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8


print(many(1, 2, 3, 4, 5, 6, 7, 8), many(h=1, g=2, f=3, e=4, d=5, c=6, b=7, a=8))
print(many(1, 2, 3, 4, h=5, g=6, f=7, e=8))
