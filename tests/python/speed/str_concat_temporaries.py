# `a + b` of strs: a temporary left operand (`p + " " + q`'s middle result) grows in place,
# a stored one never changes, the result's length, hash and equality are right for ASCII and
# non-ASCII text, and subclasses and errors go the general way.
def pairs(words):
    out = {}
    prev = None
    for w in words:
        if prev is not None:
            key = prev + " " + w
            out[key] = out.get(key, 0) + 1
        prev = w
    return out


words = "the fox é the fox 😀 the fox".split()
d = pairs(words)
print(sorted(d.items()), len(d))
print([len(k) for k in d], [hash(k) == hash("".join(list(k))) for k in d])

# Operands that other names hold keep their text.
a = "ab"
b = a + "c"
c = a + "d"
e = b + "e" + c
print(a, b, c, e, len(e))
held = [a + "x"]
f = held[0] + "y"
print(held, f)
t = ("q" + "r", "s")
g = t[0] + "!"
print(t, g)


def build(n):
    k = ""
    for i in range(n):
        k = "<" + str(i) + ">"
        s = k + k
    return k, s, k + "" + k


print(build(5))
x = "é"
y = x + "a" + "€" + "😀"
print(y, len(y), y[1], y[-1], y == "éa€😀", y.encode("utf-8"))
z = "" + "" + ""
print(repr(z), len(z), z == "")
m = "abc" * 2 + "d"
n2 = m + m
print(m, n2, m is n2, len(n2))
# A temporary used as a key, then joined again.
kk = {("p" + "q") + "r": 1}
print(kk, "pqr" in kk)


class S(str):
    def __add__(self, other):
        return "S.add"

    def __radd__(self, other):
        return "S.radd"


print(S("a") + "b", "a" + S("b"), ("x" + "y") + S("z"))
try:
    ("a" + "b") + 1
except TypeError as err:
    print(err)
try:
    q = "a"
    w = q + None
except TypeError as err:
    print(err)
try:
    1 + "a"
except TypeError as err:
    print(err)
