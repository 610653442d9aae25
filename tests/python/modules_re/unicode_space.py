# A str pattern's \s is str.isspace (\x1c-\x1f included, as in CPython; regex's White_Space
# lacks them), on ASCII and non-ASCII subjects, in and out of classes, negated; re.ASCII and
# bytes patterns keep [ \t\n\r\f\v].
import re
subj = ["a\x1cb\x85c d\u3000e\x1ff", "a\x1cb c\x1f", "x\ty\x0bz"]
for p in [r"\s", r"\S+", r"[\s]", r"[\S]+", r"[^\s]+", r"[^\S]", r"[a\s]+", r"[\S\x1c]+", r"\s+", r"(?a)\s", r"(?a)[\S]+"]:
    print(repr(p), [re.findall(p, s) for s in subj], re.split(p, "a\x1cb c"))
print(re.findall(rb"\s", b"a\x1cb c"), re.findall(rb"[\S]+", b"a\x1cb c"))
