# str.split of ASCII text: whitespace found by a bit mask (every byte from 0 to 127 tried),
# words scanned eight bytes at a time (control characters that are not whitespace inside
# them), and a one-byte separator found by memchr in texts of 64 bytes and more.
spaces = [c for c in range(128) if len(("a" + chr(c) + "b").split()) == 2]
print(spaces)
print(["x" + chr(c) + "y" for c in range(128) if len(("x" + chr(c) + "y").split()) == 1][:3])
print("\x00a\x7fb c".split(), "a\x85b c".split(), "a\xa0b".split())
line = "the quick brown fox, jumps over the lazy dog while seven wizards."
print(line.split(), line.split(None, 3), line.split(None, 0))
print(("  " + line + "  \t").split(None, 2), (" \x1f " + line).split(None, 11))
print(line.split(maxsplit=100) == line.split(), "  ".join(line.split(None, 4)))
long = ",".join("w%d" % i for i in range(60))
print(len(long), long.split(",")[:3], long.split(",")[-2:], len(long.split(",")))
print(long.split(",", 3)[-1][:12], long.split(",", 0) == [long], long.split(",", -1)[59])
print(("," * 70).split(",")[:3], len(("," * 70).split(",")), ("x" * 80).split(","))
print((",a" * 40).split(",", 2), (",a" * 40 + ",").split(",")[-3:])
t = "\n".join("line %d of text" % i for i in range(30))
print(len(t.split("\n")), t.split("\n")[:2], t.split("\n", 28)[-1])
print(t.split("\n")[7] == "line 7 of text", t.split()[:4], len(t.split()))
print("abcdefg\x00hijklmnop qrs\x01\x02 tuv".split(), "12345678 12345678\t1234567890123456".split())
print(("a" * 24 + "\x1f" + "b" * 19 + "\x00" * 9 + " c").split(), ("\x00" * 17 + "\x0b" + "\x7f" * 8).split())
print([("x" * n + " " + "y" * m).split() for n in (7, 8, 9) for m in (0, 8, 15)][-4:])
print("a,b".split(","), ",".split(","), "abc".split("b"), "é" * 70 == ("é" * 70).split(",")[0])
try:
    long.split("")
except ValueError as e:
    print("ValueError", e)
try:
    long.split(",", "2")
except TypeError as e:
    print("TypeError", e)
try:
    long.split(b",")
except TypeError as e:
    print("TypeError", e)
