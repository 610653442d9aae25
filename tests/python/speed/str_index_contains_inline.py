# A parser's inner loop: `text[pos]` of an ASCII str (the shared one-character strs),
# `ch in " \n\t"`, and the cases around them that take the general paths (negative and
# out-of-range indexes, non-ASCII text, long texts, multi-character needles, subclasses).
text = '{"a": [1, 2.5, "x\\ty"], "b": null}\n\t '
pos = 0
kinds = []
while pos < len(text):
    ch = text[pos]
    kinds.append("s" if ch in " \n\t" else "p" if ch in "{}[],:" else "o")
    pos += 1
print("".join(kinds))
print(text[0] is text[0], text[-1] == " ", text[-len(text)])
for i in (len(text), -len(text) - 1, 2**70):
    try:
        text[i]
    except IndexError as e:
        print("IndexError", e)
t = "aé€😀"
print([t[i] for i in range(-4, 4)], t[1] in "é", "😀" in t, "€" in "x" * 20 + "€")
print("" in "abc", "" in "", "ab" in " \nab", "a" in "", "\t" in " \n\t", "x" in " \n\t")
print("q" in "x" * 15 + "q", "q" in "x" * 16 + "q", "q" in "x" * 40)


class S(str):
    def __contains__(self, item):
        return "S.contains"

    def __getitem__(self, i):
        return "S.getitem"


s = S("abc")
print("z" in s, s[0], "a" in S("xyz"))
try:
    None in "abc"
except TypeError as e:
    print(e)
for key in ("1", 1.0):
    try:
        text[key]
    except TypeError as e:
        print(e)
