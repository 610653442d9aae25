# re: {m,n} with m > n is CPython's error with its position; Match methods (expand,
# groupdict with a default, span of a group, lastindex/lastgroup, regs) and re.escape.
import re

for p in ['a{2,1}', 'x(b{5,3})', 'a{3,3}', 'a{0,}', 'a{,2}']:
    try:
        print(p, re.compile(p).pattern)
    except re.error as e:
        print(p, '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
m = re.match(r'(?P<first>\w+) (?P<last>\w+)?(?P<opt>x)?', 'John ')
print(m.groupdict(), m.groupdict('N/A'), m.lastindex, m.lastgroup)
m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m.expand(r'\2, \1'), m.expand(r'\g<2> \g<1>'), m.span(1), m.start(2), m.end(2))
print(m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos, m.regs)
m = re.match(r'(a)(?:(b)|c)', 'ac')
print(m.groups(), m.groups('z'), m.span(2), m.start(2))
print(re.escape('a.b*c?d+e[f]g{h}i|j(k)l^m$n\\o p-q#r&s~t\t\n'), re.escape(b'a.b c'))
print(re.findall(re.escape('1+1=2'), 'is 1+1=2?'))
print(re.I.value, re.I.name, (re.I | re.M).name, (re.I | re.M).value, re.NOFLAG.value, repr(re.M | re.I))
