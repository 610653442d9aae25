"""%-formatting, str.format and f-strings of plain ints and strs (the fast paths) next to
the values that must still go through their own __str__/__format__."""


class S(str):
    def __str__(self):
        return "S-str"

    def __format__(self, spec):
        return "S-format"


class I(int):
    def __str__(self):
        return "I-str"

    def __repr__(self):
        return "I-repr"

    def __format__(self, spec):
        return "I-format"


for v in (0, -7, 123456789, 2**70, True, False, "abc", "é∂", "", S("x"), I(3), None, 1.5):
    print(repr("%s" % (v,)), repr("{}".format(v)), repr(f"{v}"), repr(format(v)))
for v in (0, -7, 2**63 - 1, -2**63, True, I(3), 2.9):
    print("%d|%i|%u" % (v, v, v), "%5d|%-5d|%05d" % (v, v, v))
for bad in ("x", None, [1]):
    try:
        print("%d" % (bad,))
    except TypeError as e:
        print("TypeError", e)
print("%s and %s" % ("a", 1), "%(a)s-%(b)d" % {"a": "x", "b": 2}, "%%%s%%" % 5)
print("{0}{1}{0}".format(1, "b"), "{a}{b!r}".format(a=1, b="q"), "{:>4}|{:<3}|".format(7, "z"))
print(f"{12}{'x'}{-3}{'é'}", f"{I(1)!s}{I(1)!r}", f"{S('k')!s}")
try:
    print("%s %s" % ("only",))
except TypeError as e:
    print("TypeError", e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print("TypeError", e)
