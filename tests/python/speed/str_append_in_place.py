"""`s += t` / `s = s + t` into a local: appended in place only when nothing else sees the str."""


def appends(n):
    s = ""
    for i in range(n):
        s += "x"
    return s


def plus_form(n):
    s = "start:"
    for i in range(n):
        s = s + str(i % 10)
    return s


def shared_alias():
    s = "ab"
    s += "c"
    t = s  # another reference: the append must copy
    s += "d"
    print(s, t, s is t)
    u = s
    s = s + "e"
    print(s, u)


def in_container():
    s = "q"
    s += "r"
    box = [s]
    s += "s"
    d = {s: 1}
    s += "t"
    print(s, box, d)


def hashed_then_grown():
    s = "k"
    s += "ey"
    h1 = {s: 1}
    del h1
    before = hash(s)
    s += "2"
    print(s, hash(s) == hash("key2"), hash(s) == before, s == "key2", {s: 5}["key2"])


def non_ascii():
    s = "é"
    for c in "ünï":
        s += c
    s += "x" * 3
    s += "€"
    print(s, len(s), s[3], s[-1], s.upper(), s.encode("utf-8"))


def self_append():
    s = "ab"
    s += "c"
    s += s
    print(s, len(s))


def loop_with_next_load():
    s = ""
    out = []
    for w in ["alpha", "beta", "gamma"]:
        s += w
        out.append(s)
    print(out)


def not_strs():
    x = 1
    x += 2
    l = [1]
    m = l
    l += [2]
    print(x, l, m, l is m)
    t = (1,)
    t += (2,)
    print(t)
    b = b"a"
    b += b"b"
    print(b)
    try:
        s = "a"
        s += 1
    except TypeError as e:
        print(type(e).__name__, e)


class S(str):
    pass


def subclass():
    s = S("sub")
    s += "x"
    print(type(s).__name__, s)
    t = "x"
    t += "y"
    t += S("z")
    print(type(t).__name__, t)


def closure_cell():
    s = "c"

    def inner():
        return s

    s += "d"
    s += "e"
    print(inner(), s)


a = appends(100000)
print(len(a), a[:5], a == "x" * 100000)
p = plus_form(1000)
print(len(p), p[:12], p[-5:])
shared_alias()
in_container()
hashed_then_grown()
non_ascii()
self_append()
loop_with_next_load()
not_strs()
subclass()
closure_cell()
g = "mod"
for i in range(3):
    g += str(i)
print(g)
