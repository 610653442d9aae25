"""re: bytes patterns on bytes/bytearray/memoryview subjects, templates, flags and the
errors of mixing str and bytes."""
import re

p = re.compile(rb'(\w+)=(\d+)')
data = b'alpha=1 beta=22 gamma=333 \xe9t\xe9=4'
print(p.findall(data), p.search(data), p.match(data).groups(), p.flags, p)
print([m.span() for m in p.finditer(data)], p.sub(rb'\2:\1', data), p.subn(b'<\\g<1>>', data))
print(re.split(rb'\s+', b' a  b\tc '), re.split(rb'(=)', b'a=b=c', maxsplit=1))
print(re.findall(rb'\w+', bytearray(b'ab cd')), re.search(b'b', memoryview(b'ab')).group())
print(re.sub(b'a', lambda m: m.group().upper() * 2, b'banana'), re.escape(b'a.b*c'))
print(re.compile(b'A', re.I).match(b'a'), re.compile(b'a', re.I).flags, re.compile(b'(?i)a').flags)
print(re.match(rb'[\xe0-\xff]+', b'\xe9\xe8z').group(), re.fullmatch(rb'\d{3}', b'123').group())
m = re.match(rb'(?P<k>\w+):(?P<v>\w*)', b'key:val')
print(m.groupdict(), m.group('k', 'v'), m.expand(rb'\g<v>/\g<k>'), m.lastgroup, m.string)
for t in [lambda: re.sub(b'a', 'x', b'a'), lambda: re.sub('a', b'x', 'a'), lambda: re.match(b'a', 'a'),
          lambda: re.match('a', b'a'), lambda: re.compile(b'a', re.U), lambda: re.compile('a', re.L),
          lambda: re.sub(b'a', lambda m: 'x', b'a'), lambda: re.findall(b'a', 5)]:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
