# urllib.parse: urlparse/urlsplit results and properties, urljoin, quoting, query strings
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag, quote,
                          quote_plus, unquote, unquote_plus, urlencode, parse_qs, parse_qsl,
                          quote_from_bytes, unquote_to_bytes)
import urllib.parse

for u in ('https://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag', 'http://[::1]:80/x', 'file:///etc/hosts',
          'mailto:joe@example.com', '//host/path', 'relative/path?x', 'HTTP://h', 'http://h:bad/',
          '  https://strip.me/ '):
    r = urlparse(u)
    print(r)
    print(r.scheme, r.netloc, r.hostname, r.username, r.password, r.geturl())
    try:
        print(r.port)
    except ValueError as e:
        print('ValueError', e)
print(urlsplit('http://a/b?c#d'), urlunsplit(('http', 'h', 'p', 'q', 'f')), urlunparse(('s', 'n', '/p', 'pa', 'q', 'f')))
base = 'http://a/b/c/d;p?q'
for rel in ('g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', '', '.', './', '..', '../',
            '../g', '../..', '../../', '../../g', '../../../g', 'g.', '.g', 'g..', '..g', './../g',
            'g;x=1/../y', 'https://other/x'):
    print(repr(rel), urljoin(base, rel))
print(urljoin('http://example.com/dir/', 'file.html'), urljoin('', 'x'), urljoin('http://x/y', ''))
print(urldefrag('http://x/y#frag'), urldefrag('http://x/y').url)
for s in ('a b&c=d/é', '~user/x?y', '', '100%'):
    print(repr(quote(s)), repr(quote(s, safe='')), repr(quote_plus(s)), repr(unquote(quote(s))), repr(unquote_plus(quote_plus(s))))
print(unquote('%7Euser%2Fx%zz%4'), unquote('caf%C3%A9'), unquote('%ff'), unquote_to_bytes('a%20b%zz'), quote_from_bytes(b'\x00 a/'))
print(quote(b'by tes'), quote('x', safe=b'x'))
print(urlencode({'q': 'hello world', 'n': 1, 'l': 'a&b'}), urlencode([('a', 1), ('a', 2)]))
print(urlencode({'a': [1, 2], 'b': 'xy'}, doseq=True), urlencode({'a': [1, 2]}), urlencode({'k': 'v w'}, quote_via=quote))
print(parse_qs('a=1&a=2&b=x+y&c=%41&d='), parse_qs('d=&e', keep_blank_values=True), parse_qsl('x=1;y=2', separator=';'))
print(parse_qsl('a=1&&b=2'), parse_qsl(''), urllib.parse.parse_qs('k=v'))
for bad in (lambda: urlencode('abc'), lambda: parse_qsl('a', strict_parsing=True), lambda: urlsplit('http://[::1/'),
            lambda: parse_qsl('a=1&b=2', max_num_fields=1), lambda: quote(b'x', encoding='utf-8')):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
