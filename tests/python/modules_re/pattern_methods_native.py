# Pattern.match/search/fullmatch/findall/finditer/split/sub/subn (native): arguments bound as
# sre's argument clinic binds them (messages and order of checks), pos/endpos/count/maxsplit
# through __index__ with overflow errors, negative counts, str subclasses and bytes subjects.
import re

P = re.compile(r"(a)(b)?")
B = re.compile(rb"(a)|(c)")


class Ix:
    def __index__(self):
        return 1


class S(str):
    pass


calls = [
    "P.match()", "P.match('a', 1, 2, 3)", "P.match(string='ab')", "P.match('ab', pos=1)",
    "P.match('ab', endpos=1)", "P.match('ab', foo=1)", "P.match(foo=1)", "P.match(1)",
    "P.match(b'ab')", "P.match('ab', 1.5)", "P.match('ab', None)", "P.match(1, 1.5)",
    "P.match('ab', 0, foo=1)", "P.match('ab', string='x')", "P.match('ab', 0, pos=1)",
    "P.match(pos=1, foo=2)", "P.match(1, 2, foo=1, bar=2)",
    "P.match(string='ab', pos=1, endpos=2, x=1)", "P.match('ab', foo=1, string='x')",
    "P.match(string='xab', pos=Ix())", "P.match('ab', True)", "P.match('ab', -5, 10**30)",
    "P.search('xab', True)", "P.search('ab', endpos=-2**70)", "P.search('ab', pos='1')",
    "P.search()", "P.fullmatch('ab', 0, 2)", "P.fullmatch('abc', 0, 2)", "P.fullmatch()",
    "P.match(S('ab')).group(0)", "type(P.match(S('ab')).string).__name__",
    "P.findall()", "P.findall('abab', 1, 3, 4)", "P.findall('ab', pos=1)",
    "P.findall('abab', 0, None)", "P.findall(string='aab', pos=2**70)", "P.findall(S('aab'))",
    "P.findall(b'ab')", "B.findall(b'abc')", "B.findall(bytearray(b'cca'))",
    "P.finditer()", "[m.span() for m in P.finditer('abab', 1)]",
    "[m.span() for m in P.finditer(string='abab', endpos=3)]", "P.finditer('a', x=1)",
    "P.split()", "P.split('abab', 1, 2)", "P.split('abab', maxsplit=1)",
    "P.split(string='abab')", "P.split('ab', 1.0)", "P.split('ab', -1)", "P.split('ab', None)",
    "P.split('ab', 2**64)", "P.split(maxsplit=1)", "P.split('ab', x=1)", "P.split(b'ab')",
    "B.split(b'xaycz', -3)", "B.split(b'xaycz', 1)", "P.split(S('xabyaz'))",
    "P.sub('x')", "P.sub('x', 'ab', 1, 2)", "P.sub('x', 'ab', count=1)", "P.sub('x', 'ab', None)",
    "P.sub('x', 'abab', -1)", "P.sub('x', 'ab', -2**64)", "P.sub('x', string='abab', count=1)",
    "P.sub(repl='x', string='abab')", "P.sub(string='x')", "P.sub('a', d=1)",
    "P.sub('x', b'ab')", "P.sub(b'x', 'ab')", "P.sub(1, 'ab')", "P.sub(r'[\\1]', 'abxa')",
    "P.sub(lambda m: m.group(1).upper(), 'abxa', 1)", "P.sub('y', S('zab'))",
    "B.sub(b'-', b'cabc', -1)", "B.sub(b'-', b'cabc')",
    "P.subn('x', 'abab', 1)", "P.subn(string='ab', repl='y')", "P.subn()", "P.subn('x', 'zz')",
    "P.subn('x', 'abab', -1)", "B.subn(b'\\\\1!', b'xac')",
    "re.Pattern.match(P, 'ab').span()", "re.Pattern.findall(None, 'a')",
]
for call in calls:
    try:
        print(call, repr(eval(call)))
    except Exception as e:
        print(call, type(e).__name__, e)

# Module-level functions reach the same methods.
print(re.split(r"\s+", "a b  c", 1), re.split(r"\s+", "a b", -1), re.sub("b", "", "abcb", -2))
print(re.findall(r"(\d)(x)?", "1x2"), re.subn("a", "b", "aaa", count=2))
