# Equal-but-distinct str keys of every length around the word-compare cut-offs (0-3, 4-7,
# 8-16, longer), ASCII and not, in dict lookups, `==`, `in` of lists/tuples/dicts, and
# one-character `in` on short and long texts.
def fresh(s):
    # A new object with the same text (not the literal's shared one).
    return "".join(list(s))


base = "abcdefghijklmnopqrstuvwxyz0123456789"
texts = [base[:n] for n in range(0, 25)] + ["é", "éa", "aé", "😀x", "ab€", "€€€€€", "x" * 40]
d = {t: i for i, t in enumerate(texts)}
print([d[fresh(t)] for t in texts])
print([fresh(t) in d for t in texts])
# Same length, one byte different at each position: first, middle, last, inside the overlap.
misses = []
for t in texts:
    for i in range(len(t)):
        u = t[:i] + ("#" if t[i] != "#" else "$") + t[i + 1:]
        misses.append(u in d)
        misses.append(u == t)
print(misses.count(True), len(misses))
print([fresh(t) == t for t in texts], [fresh(t) != t for t in texts])
print(fresh("ab") in ["x", "ab"], fresh("abcdefgh") in ("abcdefgi", "abcdefgh"))
# Keys that differ only in the overlapping middle of a 9..16-byte text.
k1, k2 = "abcdefghXjklmnop", "abcdefghYjklmnop"
dd = {k1: 1}
print(k2 in dd, fresh(k1) in dd, dd.get(k2), dd.get(fresh(k1)))
# One-character `in`: short texts by the loop, long ones by memchr; non-ASCII text too.
for hay in ["", "5", "123456789", "12345678", "é5", "x" * 15 + "5", "x" * 16 + "5", "€" * 20]:
    print([c in hay for c in "5x€é"], end=" ")
print()


class S(str):
    def __eq__(self, other):
        return False

    __hash__ = str.__hash__


print(S("ab") in {"ab": 1}, "ab" in {S("ab"): 1}, S("ab") in ["ab"])
try:
    1 in "abc"
except TypeError as e:
    print(e)
print(hash(fresh("abcdefgh")) == hash("abcdefgh"), hash("") == 0)
