# str.split of ASCII text: one-character pieces are shared strs (as CPython's latin-1
# singletons), and lists of every size come out right.
a = "x,y,zz,,w".split(",")
b = "q x y".split()
print(a, b, a[0] is b[1], a[1] is b[2], a[2] is "xzz"[1:])
print("a,b,c".split(","), "a,b,c".split(",", 1), "a,b,c".split(",", 0), "a,b,c".split(",", -1))
print(",".split(","), "".split(","), "".split(), "   ".split(), " a ".split())
words = " ".join("w%d" % i if i % 3 else "c" for i in range(40))
parts = words.split()
print(len(parts), parts[:5], parts[-3:], parts.count("c"))
print(words.split(None, 5)[-1][:20], words.split(" ", 38)[-2:])
print("\t a\x1c b\x1f c \n".split(), "a\x0bb\x0cc".split())
print("é,b,é".split(","), "éé ab  c".split(), "x,y".split(",")[1] == "y")
s = "1,2,3"
for p in s.split(","):
    print(p, p is s.split(",")[0], end="; ")
print()
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "a".split(1)
except TypeError as e:
    print("TypeError", e)
