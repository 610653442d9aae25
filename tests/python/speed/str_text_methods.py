"""str methods of text processing on their fast paths (ASCII capitalize, one-character
replace, split without arguments) against the general ones: subclasses, counts, Unicode."""


class MyStr(str):
    pass


for w in ["hello", "HELLO", "hELLO wORLD", "", "x", "1abc", " lead", "ǆemal", "ﬁne", "ßig", "İstanbul", "ΣΑΣ", "ŉ"]:
    c = w.capitalize()
    print(repr(c), len(c), type(c).__name__)
m = MyStr("mIxEd")
print(repr(m.capitalize()), type(m.capitalize()).__name__)

line = "a,b,,c.d, e."
for old, new, n in [(",", "", -1), (",", ";;", 2), (".", "", -1), ("x", "y", -1), (",", "", 0),
                    (",", "", 1), ("a", "ä", -1), ("é", "e", -1), (",", "", 100)]:
    r = line.replace(old, new, n)
    print(repr(r), len(r))
print("ééé,é".replace(",", "-"), len("ééé,é".replace(",", "-")))
print("ab" * 1000 == ("a,b" * 1000).replace(",", "")[: 2000] or len(("a,b," * 500).replace(",", "")))
s = "no commas here"
print(s.replace(",", "") is s, MyStr(s).replace(",", "") is s, type(MyStr(s).replace(",", "")).__name__)
print("aaa".replace("a", "bb", 2), "aaa".replace("", "-"), "abc".replace("b", ""))

for t in ["  a b\tc\n d  ", "", "   ", "one", "x\x1cy\x1dz", "a\u00a0b\u3000c", "x  y", "\t\n"]:
    print(t.split(), len(t.split()))
print(MyStr(" p q ").split(), type(MyStr(" p q ").split()[0]).__name__)
print("a b c".split(None), "a b c".split(None, 1), "a b c".split(maxsplit=1), "a,b".split(sep=","))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    str.split(5)
except TypeError as e:
    print("TypeError:", e)
try:
    "x".capitalize(1)
except TypeError as e:
    print("TypeError:", e)
try:
    "x".replace(1, "")
except TypeError as e:
    print("TypeError:", e)
toks = [t.strip(".,").lower() for t in "The Quick, brown fox. Jumps,".split()]
print(toks)
