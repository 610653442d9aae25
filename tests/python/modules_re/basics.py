# re: match/search/fullmatch, groups (numbered, named, optional), Match methods and
# attributes, Pattern attributes, flags I/M/S/X/A and inline flags.
import re

m = re.match(r"(\w+) (\w+)", "Isaac Newton, physicist")
print(m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups(), m.span(), m.start(2), m.end(2))
print(m[0], m[1], m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re.pattern, m.regs)
print(repr(m))
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Malcolm Reynolds")
print(m.group("first"), m["last"], m.groupdict(), m.lastgroup, m.span("last"))
m = re.match(r"(\d+)\.?(\d+)?", "24")
print(m.groups(), m.groups("0"), m.group(2), m.start(2), m.span(2), m.groupdict())
print(re.search(r"\d+", "abc 123 def 45").group(), re.search("x", "abc"), re.match("b", "abc"))
print(re.fullmatch(r"a|ab", "ab"), re.fullmatch(r"\d+", "123x"), re.fullmatch(r"\d+", "123"))
p = re.compile(r"(?P<word>[a-z]+)(\d)?", re.I)
print(p.pattern, p.flags, p.groups, p.groupindex, repr(p), p.search("  Hello9 ").span())
print(p.match("abc", 1), p.match("abc1", 1, 3), p.search("ab cd", 2), p.fullmatch("xyz1"))
print(re.search("^b", "a\nb"), re.search("^b", "a\nb", re.M).span(), re.search("a$", "a\n").span())
print(re.search("a.b", "a\nb"), re.search("a.b", "a\nb", re.S).group(), re.findall("^\\w", "ab\ncd", re.M))
print(re.search(r"""
    (\d{3})   # area
    [-. ]?
    (\d{4})   # number
""", "call 555-1234 now", re.X).groups())
print(re.findall(r"\w+", "héllo wörld", re.A), re.findall(r"\w+", "héllo wörld"))
print(re.search("(?i)hello", "HeLLo").group(), re.search("(?s:a.)b", "a\nb").group(), re.search("(?i:A)b", "ab"))
print(re.match("a{2}", "aaa").group(), re.match("a{2,}", "aaaa").group(), re.match("a{,2}", "aaa").group(),
      re.match("a{1,2}?", "aaa").group(), re.match("x{", "x{").group(), re.match("x{a}", "x{a}").group())
print(re.match("(a)(b)?(c)", "ac").lastindex, re.match("((a)b)", "ab").lastindex, re.match("(a)|(b)", "b").lastindex)
print(re.search(r"\bfoo\b", "a foo b").span(), re.search(r"\Bo", "foo").span(), re.search(r"\Aab\Z", "ab").group())
print(re.search(r"(\w)\1", "abccd").group(), re.search(r"(?P<c>\w)(?P=c)", "xyzzy").group())
print(re.search(r"(?<=-)\w+", "spam-egg").group(), re.search(r"(?<!a)b", "abcb").span(),
      re.search(r"foo(?=bar)", "foobaz foobar").span(), re.search(r"foo(?!bar)", "foobar foobaz").span())
print(re.match(r"a*?b", "aaab").group(), re.match(r"(a+?)(a*)", "aaa").groups(), re.match(r"(a|ab)(c|bcd)", "abcd").groups())
print(re.search(r"[a-c]+", "xxabcbay").group(), re.search(r"[^a-c]+", "abcxyzabc").group(), re.findall(r"[\d.]+", "1.5 and 22"))
print(re.findall(r"[]a]", "a]b"), re.findall(r"[a\-z]", "a-z"), re.findall(r"[\w-]+", "foo-bar baz"), re.findall("[\\]]", "]"))
print(re.search("é+", "caféé").span(), re.findall(".", "日本語"), re.search("本", "日本語").span())
print(re.match(r"\x41\u00e9\n?", "Aé").group(), re.match(r"\101", "A"), re.match(r"[\x41-\x43]+", "ABCD").group())
