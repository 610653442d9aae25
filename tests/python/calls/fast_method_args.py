# `local.m(x)` and `local.m(x, y)` with locals and constants as the arguments (one
# superinstruction in isles): native methods called with their arguments read in place,
# list.append and dict.get answered without a call, statements and expressions, fused
# pairs of argument loads, unbound receivers and arguments, errors with CPython's messages
# and positions, Python methods, module functions, bound methods in instance attributes,
# subclass overrides, and finalizers run by the dropped result.
import math


def err(f):
    try:
        print(f())
    except (TypeError, ValueError, AttributeError, KeyError, IndexError) as e:
        print(type(e).__name__ + ":", e)


class L(list):
    def append(self, x):
        print("L.append", x)
        super().append(x * 2)


class D(dict):
    def get(self, k, d=None):
        return ("D.get", k, d)


class P:
    def m(self, x):
        return ("P.m", x)

    def m2(self, x, y):
        return ("P.m2", x, y)


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def basics():
    parts = []
    d = {"a": 1, 2: "two"}
    k = "a"
    m = "zz"
    for i in range(3):
        parts.append(i)
        parts.append("c")
        parts.append(k)
        x = d.get(k)
        y = d.get(m, 0)
        z = d.get(m)
        w = d.get(k, i)
        v = d.get(2, m)
        print(x, y, z, w, v, "a,b".split(","), k.strip("a"), m.replace("z", k))
        print(m.replace(k, m), m.count("z"), m.startswith(k), parts.count(i))
    print(parts)
    s = "  x  "
    t = s.strip()
    print(repr(t), repr(s.strip(" ")), s.find("x"), s.find("x", 3))
    st = set()
    st.add(k)
    st.add(m)
    st.discard(k)
    print(sorted(st))
    parts.extend(d)
    parts.insert(0, k)
    parts.remove(0)
    print(parts, parts.index(k), parts.index(k, 1))
    # The list appended to itself, the dict used as its own key is unhashable.
    parts.append(parts)
    print(len(parts), parts[-1] is parts)
    err(lambda: d.get(parts))
    err(lambda: d.get(parts, 0))


def errors():
    d = {}
    lst = [1]
    k = "a"
    n = 5
    err(lambda: d.get(k, n, k))
    err(lambda: k.strip(n))
    err(lambda: k.split(n))
    err(lambda: lst.index(n))
    err(lambda: lst.pop(n))
    err(lambda: lst.pop(k))
    err(lambda: d.pop(k))
    err(lambda: d.setdefault(lst, n))
    err(lambda: lst.append(n, n))
    err(lambda: k.no_such(n))
    err(lambda: n.bit_length(k))
    err(lambda: k.join(n))
    try:
        k.join(lst)
    except TypeError as e:
        print("join:", e, e.__traceback__.tb_lineno)


def unbound():
    lst = []
    try:
        lst.append(later)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    try:
        lst.append(1, later2)
    except (UnboundLocalError, TypeError) as e:
        print(type(e).__name__, e)
    try:
        rec.append(1)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    later = later2 = rec = 1
    return later, later2, rec


def others():
    p = P()
    x = 3
    y = "y"
    print(p.m(x), p.m2(x, y), p.m("c"), p.m2(y, 4))
    p.m = lambda v: ("inst", v)
    print(p.m(x))
    sub = L()
    sub.append(x)
    sub.append("s")
    print(sub)
    dd = D(a=1)
    print(dd.get(x), dd.get("a", y))
    print(math.sqrt(x), math.gcd(x, 6))
    bound = [].append
    holder = P()
    holder.f = bound
    holder.f(x)
    print(bound.__self__)
    n = None
    err(lambda: n.append(x))
    typ = str
    print(typ.upper(y), typ.__new__(str, y), int.__new__(int, x))
    mod = math
    print(mod.floor(2.5), mod.copysign(x, -1.0))


def finalizers():
    lst = [Noisy(1), Noisy(2)]
    i = 0
    lst.pop(i)
    print("after pop 0")
    x = lst.pop(i)
    print("kept", x.n)
    del x
    print("after del")
    d = {"k": Noisy(3)}
    k = "k"
    d.pop(k)
    print("after d.pop")


def loops():
    out = []
    words = ["a", "bb", "ccc"]
    counts = {}
    for w in words * 3:
        counts[w] = counts.get(w, 0) + 1
        out.append(w.upper())
        out.append(len(w))
    print(out, counts)


basics()
errors()
print(unbound())
others()
finalizers()
loops()


def traced():
    k = "a"
    n = 5
    return k.strip(n)


traced()
