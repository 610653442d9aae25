# re: findall/finditer/sub/subn/split with groups, callables, templates (\1, \g<name>,
# \g<0>), count/maxsplit, and the empty-match rules of Python 3.7+.
import re

print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)(\d)", "a1b2c"), re.findall(r"(\d)", "x1y2"))
print(re.findall(r"(a)|(b)", "ab"), re.findall("", "abc"), re.findall("x*", "axxb"))
print([m.span() for m in re.finditer(r"\w+", "one two  three")], [m.group() for m in re.finditer("a*", "baaac")])
print(re.sub(r"\d", "#", "a1b22"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@example and ann@site"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>=\g<k>", "a=1, b=2"), re.sub("a", r"\g<0>\g<0>", "banana"))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.sub("a|", "-", "baac"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "3 apples and 12 pears"))
print(re.sub("a", "b", "aaaa", count=2), re.subn("a", "b", "aaaa"), re.subn("z", "b", "aaaa"))
print(re.sub(r"(a)", r"[\1\n\t\\]", "xa"), re.sub("a", r"\0", "a") == "\x00", re.sub("(a)(b)?", r"\2-", "ac"))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1), re.split("x*", "axbc"), re.split(r"\b", "a b"))
print(re.split("(a)|(b)", "xaybz"), re.split(",", ""), re.split("", "ab"))
print(re.escape("a.b*c?d[e]f(g)h{i}j|k^l$m\\n o-p#q&r~s"), re.escape("héllo_123"))
print(re.compile("a").sub("b", "aa"), re.compile(r"\s+").split("a  b   c", 1))
pat = re.compile(r"(?P<num>\d+)")
print(pat.sub(lambda m: m["num"] + "!", "1 and 22"), pat.findall("7 8 9", 2), pat.search("ab12").expand(r"<\1|\g<num>>"))
