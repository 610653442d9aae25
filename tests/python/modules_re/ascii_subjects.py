# A pattern with \w \d \s \b (and negations) is matched through an ASCII translation when the
# text it can see is ASCII, through the Unicode one otherwise: the same pattern on ASCII and
# non-ASCII subjects, windows (pos/endpos) that cut the non-ASCII part off, IGNORECASE with
# non-ASCII literals, re.ASCII's \b and negated classes, anchored match/fullmatch at a position.
import re

pats = [r"\w+", r"\d+", r"\s+", r"\W+", r"\D+", r"\S+", r"\b\w", r"\w\b", r"\B\w", r"[\w.]+",
        r"[^\w]+", r"[\s\d]+", r"(?i)k\w", r"(?i)\w*ſ", r"(\w+)=(\w+)", r"(?<=\w)\d"]
subjects = ["ab_1 c.d=9", "é1 ü_x ٣4", "KELVIN k s ſ", "x\u00a0y\u2003z", "a=1 é=٣"]
for p in pats:
    r = re.compile(p)
    print(p, [r.findall(s) for s in subjects])
    print("  ", [(m.span() if m else None) for m in (r.search(s, 1) for s in subjects)])

mixed = "é" * 3 + " abc 123"
r = re.compile(r"\w+")
print(r.findall(mixed, 4), r.findall(mixed), r.findall(mixed, 0, 2), r.search(mixed, 3, 5))
print(r.match(mixed, 4), r.fullmatch(mixed, 4, 7), r.fullmatch(mixed, 0, 3), r.match(mixed, 3))
d = re.compile(r"(?<=\w)\d+\b")
print(d.search("a1 é22", 4), d.match("é22", 1), d.fullmatch("xé22", 2), d.match("é 22", 2))
print(re.compile(r"^\w").match("ab", 1), re.compile(r"(?m)^\w").match("a\nb", 2))

for flags in (0, re.ASCII):
    print(flags, re.findall(r"\b\w", "é a", flags), re.findall(r"\B\w", "éa b", flags),
          re.findall(r"\w\b", "aé b", flags), re.findall(r"[\W]", "aé!_ 9", flags),
          re.findall(r"[\S]", "a\u00a0 b", flags), re.findall(r"[\D]", "a1٣", flags),
          re.sub(r"\b", "|", "é1 ab", flags=flags), re.split(r"\W", "a-é b", flags=flags))
print(re.findall(rb"\bx\B", b"xy ax x"), re.findall(rb"[\W]+", b"a\xe9!b"))

for bad in (r"(?<=\w+)x", r"\w{2,1}", r"(\w"):
    try:
        re.compile(bad)
    except re.error as e:
        print("error", e)
