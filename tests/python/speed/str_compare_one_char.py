# Comparisons of exact strs, one-character ones by their byte: every operator, ASCII and
# non-ASCII (code point order), mixed lengths, identity, and str subclasses (own __eq__/__lt__).
chars = ["a", "z", "A", "", "ab", "é", "\x7f", "\x80", "€", "😀", "aa", "a\x00"]
rows = []
for x in chars:
    for y in chars:
        rows.append("".join("1" if r else "0" for r in (
            x == y, x != y, x < y, x <= y, x > y, x >= y)))
print(" ".join(rows))
s = "hello"
print(s == s, s != s, s < s, "b" > "a", "a" <= "a" <= "a", "a" < "b" < "c" < "b")
print(sorted(["b", "é", "a", "€", "ab", "", "Z", "😀"]))


class S(str):
    def __eq__(self, other):
        return True

    def __lt__(self, other):
        return "lt"


print(S("a") == "b", "b" == S("a"), S("a") < "b", "b" > S("a"))
try:
    "a" < 1
except TypeError as e:
    print(e)
