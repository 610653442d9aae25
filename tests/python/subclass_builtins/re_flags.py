# re flags are ints that show their names (RegexFlag), combined with | & ^ ~
import re

print(re.I, repr(re.M), str(re.S), re.NOFLAG, isinstance(re.I, int), re.I == 2, int(re.X), hash(re.I) == hash(2))
combo = re.I | re.M
print(combo, re.A | re.I | 0x1000, ~re.I, re.I & 0, combo & re.M, combo ^ re.I, 8 | re.S, combo == 10)
print(format(re.I), f"{re.I:d}", f"[{re.M:>4}]", re.I + 1, type(re.I + 1).__name__, "%d %s" % (re.S, re.S))
p = re.compile("ab", re.I | re.M)
print(p, p.flags, type(p.flags).__name__, re.compile("x").flags, re.compile("x", re.A).flags)
print(bool(re.search("AB", "xxab", re.IGNORECASE)), re.findall("^a", "a\na", flags=re.M), re.sub("A", "-", "aA", flags=re.I))
print(sorted([re.S, re.I, re.M]), re.IGNORECASE is re.I, [re.I][0] in (2, 3))
