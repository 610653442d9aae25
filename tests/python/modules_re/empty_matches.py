"""re: Python 3.7+ empty-match rules in findall, finditer, sub, subn and split, including a
non-empty match allowed where an empty one was just refused."""
import re

cases = [('x*', 'abxd'), ('|a', 'a'), ('x*?', 'xx'), (r'\b', 'ab c'), (r'\b|\w', 'ab c'),
         ('a|', 'baac'), ('(?:)', 'ab'), ('^', 'a\nb'), ('(?m)^', 'a\nb'), ('(?m)$', 'a\nb\n'),
         ('a*?|b', 'abab'), ('(a)|b*', 'bba'), (r'\s*', 'a b  c'), ('.??', 'ab')]
for pat, s in cases:
    print(repr(pat), repr(s), re.findall(pat, s), [m.span() for m in re.finditer(pat, s)],
          re.sub(pat, '-', s), re.subn(pat, '[\\g<0>]', s), re.split(pat, s),
          re.sub(pat, '-', s, count=2), re.split(pat, s, maxsplit=1))
