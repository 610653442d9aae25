# The recursion limit through every kind of Python call: plain, keyword, default, *args,
# method, bound method object and __init__; the program goes on normally after each error,
# and the depth reached is the same as CPython's.
import sys


def plain(n):
    return plain(n + 1)


def kw(n, step=1):
    return kw(n=n + step)


def star(*a):
    return star(*a)


class M:
    def meth(self, n):
        return self.meth(n + 1)

    def bound(self, n):
        m = self.bound
        return m(n + 1)


depth = 0


def counting():
    global depth
    depth += 1
    counting()


for name, fn in [("plain", lambda: plain(0)), ("kw", lambda: kw(0)), ("star", lambda: star(1, 2)),
                 ("meth", lambda: M().meth(0)), ("bound", lambda: M().bound(0))]:
    try:
        fn()
    except RecursionError as e:
        print(name, type(e).__name__, e)

sys.setrecursionlimit(120)
try:
    counting()
except RecursionError:
    print("depth under 120:", depth)
depth = 0
sys.setrecursionlimit(1000)
try:
    counting()
except RecursionError:
    print("depth under 1000:", depth)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(200) % 1000003)
