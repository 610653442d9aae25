# Natives the eval loop answers itself by their tag (len, isinstance, ord, chr, list.append,
# list.pop, dict.get): each site warmed in a loop, then given what the tag must not cover:
# rebound names (local, global, builtins), subclasses with overrides, bound methods taken
# first, keyword arguments and wrong counts with CPython's messages.
import builtins


def err(f):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(type(e).__name__ + ":", e)


class S(str):
    pass


class I(int):
    pass


def ords(xs):
    return [ord(x) for x in xs]


def chrs(xs):
    return [chr(x) for x in xs]


print(ords("az\x00\x7f\x80é€😀"), ords([S("q"), b"A", bytearray(b"z")]))
print(chrs([65, 0, 127, 128, 255, 0x20AC, 0x1F600, True, I(66)]))
err(lambda: ord("ab"))
err(lambda: ord(""))
err(lambda: ord(b"ab"))
err(lambda: ord(5))
err(lambda: ord())
err(lambda: ord("a", "b"))
err(lambda: ord(c="a"))
err(lambda: chr(-1))
err(lambda: chr(0x110000))
err(lambda: chr(2**40))
err(lambda: chr(1.5))
err(lambda: chr("a"))
err(lambda: chr())
err(lambda: chr(i=65))
err(lambda: len(obj=[]))
err(lambda: isinstance(1, int, str))
err(lambda: isinstance(obj=1, class_or_tuple=int))
err(lambda: [].append(object=1))
err(lambda: [].pop(index=0))
err(lambda: {}.get(key=1))
err(lambda: {}.get())
err(lambda: {}.get(1, 2, 3))
err(lambda: [].pop(1, 2))


def site(xs):
    out = []
    for x in xs:
        out.append((len(x), ord(x[0]), chr(len(x) + 64), isinstance(x, str)))
    return out


print(site(["a", "bb", "ccc"]))
len = lambda x: 7
print(site(["a", "bb"]))
del len
print(site(["a", "bb"]))
saved = builtins.ord, builtins.chr
builtins.ord = lambda c: "builtins ord"
builtins.chr = lambda i: "builtins chr"
print(site(["a", "bb"]))
builtins.ord, builtins.chr = saved
print(site(["a", "bb"]))


class L(list):
    def append(self, x):
        list.append(self, ("L", x))


class D(dict):
    def get(self, k, d=None):
        return ("D", k, d)


def fill(target, d, n):
    for i in range(n):
        target.append(d.get(i, -i))
    return target


print(fill([], {1: "one"}, 4), fill(L(), D({1: "one"}), 3))
print(fill(L(), {2: "two"}, 3), fill([], D(), 2))
m = [].append
g = {"k": 1}.get
for i in range(3):
    m(i)
    print(g("k"), g("x", i))
print(m.__self__, m.__name__, g.__self__)
p = [1, 2, 3].pop
print(p(), p(0), p.__self__)
err(lambda: m())
err(lambda: g())
err(lambda: p(5))
