"""Match.group/start/end/span (native): every kind of group key, missing groups, non-ASCII
and str-subclass subjects, bytes patterns, pos/endpos, errors; Pattern.sub's literal
shortcut against templates with escapes."""
import re

m = re.match(r'(a)(?P<n>b)?(c)?', 'ac')
for g in (0, 1, 2, 3, True, False, 'n', -1, 4, 1.0, 'x', None, (1,), 2 ** 70, -(2 ** 70)):
    try:
        print(repr(g), repr(m.group(g)), m.start(g), m.end(g), m.span(g))
    except Exception as e:
        print(repr(g), type(e).__name__, e)


class Idx:
    def __index__(self):
        return 1


class BadIdx:
    def __index__(self):
        return "no"


print(m.group(Idx()), m.span(Idx()))
try:
    m.group(BadIdx())
except Exception as e:
    print(type(e).__name__, e)
for call in (lambda: m.group(x=1), lambda: m.start(group=1), lambda: m.span(1, 2),
             lambda: m.end(0, 0), lambda: re.Match.group(5), lambda: m.group([1])):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(m[0], m[1], m['n'], m.group(), m.group(0, 1, 'n', 3), m.groups(), m.groupdict())
try:
    m[5]
except IndexError as e:
    print("IndexError", e)

# Non-ASCII subject: spans and groups are in characters.
u = re.search(r'(é+)(ß)(x)?', 'naïve éééßz')
print(u.group(0), u.group(1), u.group(2), u.group(3), u.span(), u.span(1), u.start(2), u.end(3))
e = re.search(r'(x*)', 'ñ')
print(repr(e.group(1)), e.span(1))


class S(str):
    def __getitem__(self, k):
        return "overridden"


s = re.match(r'(\w+) (\w+)', S('hello world'))
print(s.group(1), s.group(2), type(s.group(1)).__name__, s[0], type(s.string).__name__)

b = re.match(rb'(\d+)-(?P<w>\w+)', b'12-ab!')
print(b.group(0), b.group(1), b.group('w'), b.span('w'), b[2])
ba = re.match(rb'(\d+)', bytearray(b'345'))
print(ba.group(1), ba.span())

p = re.compile(r'(\d)(\d)?')
mm = p.search('ab12cd3', 4)
print(mm.group(), mm.group(1, 2), mm.span(2), mm.pos, mm.endpos, mm.lastindex)
mf = p.fullmatch('x5', 1)
print(mf.group(0), mf.span(), repr(mf))
print([x.group(1) for x in p.finditer('1 23 456')])

# sub: literal replacements, templates, callables.
n = re.compile(r'\d+')
print(n.sub('#', 'a1b22c333'), n.sub('#', 'a1b22c333', 2), n.sub('#', 'none'))
print(n.sub(r'<\g<0>>', 'a1b22'), n.sub('\\\\', 'a1b'), n.sub(lambda m: m.group() * 2, 'a1b2'))
print(n.sub('', 'x9y'), n.subn('-', '1a2b3'), re.sub('a', 'é', 'banana'))
try:
    n.sub('#', b'12')
except TypeError as e:
    print("TypeError", e)
print(re.compile(rb'\d').sub(b'#', b'a1b2'))
