# re's \w for str patterns is str.isalnum() or '_' (letters and every numeric character,
# not combining marks); \W, [\w], [^\w] and [\W] follow it; re.ASCII keeps [a-zA-Z0-9_].
import re
samples = ["héllo wörld", "日本語 テキスト", "٣٤٥ ١٢", "a_b\u0301c", "Ⅻ ½ ² ³ ①", "x\u0903y\u200dz",
           "𝟘𝟙 𝐀𝐁", "ß ﬁ ſ K", "e\u0301\u0327", "\u2160\u2161-\u0f33"]
for s in samples:
    print(repr(s))
    print(" ", re.findall(r"\w+", s), re.findall(r"\W", s), re.findall(r"[\w]+", s),
          re.findall(r"[^\w ]", s), re.findall(r"[\W]", s), re.findall(r"[^\W]+", s))
    print(" ", re.findall(r"[^\W\d]+", s), re.findall(r"[\w\s]+", s), re.findall(r"\w+", s, re.ASCII),
          re.findall(r"[\w-]+", s), re.sub(r"\W+", "|", s))
print(re.fullmatch(r"\w+", "abc\u0301") is None, re.fullmatch(r"\w+", "x²") is not None)
print(re.split(r"\W+", "naïve—café½done"))
print(re.findall(r"(?u)\w+", "½a"), re.findall(r"\w+", "½a", re.I))
print(re.findall(rb"\w+", "h\u00e9llo\u00bd".encode()))
