# `return x` of a local (LoadFast then ReturnValue, fused): unbound locals, finally blocks
# that rebind the local, generators, frames whose locals() was taken, deleted locals.
import sys


def plain(a):
    return a


def unbound(flag):
    if flag:
        x = 1
    return x


def deleted():
    x = 5
    del x
    return x


def in_finally():
    x = "before"
    try:
        return x
    finally:
        x = "after"


def finally_returns():
    x = 1
    try:
        x = 2
    finally:
        return x


def gen():
    r = yield 1
    return r


def with_locals():
    a = 1
    b = 2
    snapshot = locals()
    c = 3
    return b


def framed():
    f = sys._getframe()
    y = "last"
    return f


print(plain(1), plain("s"), plain(None))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
print(unbound(True))
print(in_finally())
print(finally_returns())
g = gen()
print(next(g))
try:
    g.send("sent")
except StopIteration as e:
    print("StopIteration", e.value)
print(with_locals())
fr = framed()
print(sorted(fr.f_locals))
print(fr.f_locals["y"])


class K:
    def get(self):
        v = self
        return v

    @property
    def p(self):
        q = 42
        return q


k = K()
print(k.get() is k, k.p)
print([plain(i) for i in range(3)])
print(list(map(plain, "ab")))
print(sorted([3, 1, 2], key=plain))


def rec(n, acc):
    if n == 0:
        return acc
    acc = acc + [n]
    return rec(n - 1, acc)


print(rec(5, []))
import traceback

try:
    unbound(False)
except UnboundLocalError:
    tb = traceback.format_exc().splitlines()
    print([l.strip() for l in tb[-3:]])
