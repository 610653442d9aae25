"""re: pos/endpos keep the text before pos visible (lookbehind, \\b, ^) and cut the text at
endpos ($, lookahead, \\Z)."""
import re

s = 'ab\ncd ef'
cases = [(r'(?<=a)b', 1, None), (r'(?<!a)b', 1, None), (r'^b', 1, None), (r'\bb', 1, None),
         (r'^c', 3, None), (r'(?m)^c', 3, None), (r'\Bd', 4, None), (r'(?<=\n)c', 3, None),
         (r'ef$', 6, None), (r'e$', 6, 7), (r'cd(?= )', 3, None), (r'cd(?= )', 3, 5),
         (r'cd\Z', 3, 5), (r'\w+', 0, 1), (r'', 8, None), (r'b', 5, 2)]
for pat, pos, endpos in cases:
    p = re.compile(pat)
    args = (s, pos) if endpos is None else (s, pos, endpos)
    ms = [p.match(*args), p.search(*args), p.fullmatch(*args)]
    print(repr(pat), pos, endpos, [m.span() if m else None for m in ms],
          p.findall(*args), [m.span() for m in p.finditer(*args)])
m = re.compile(r'(?<=x)y+').match('xyyy', 1, 3)
print(m, m.pos, m.endpos, m.string, m.re.pattern)
print(re.compile('a').match('ba', -5), re.compile('a').search('ba', 10), re.compile('a$').search('ab', 0, 1))
