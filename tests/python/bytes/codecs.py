# str.encode / bytes.decode: utf-8, ascii, latin-1, error handlers and exact error messages
s = 'aé€😀'
print(s.encode(), s.encode('utf-8'), s.encode('UTF8'), s.encode(encoding='utf_8'))
for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    print(errors, s.encode('ascii', errors), s.encode('latin-1', errors))
data = b'ok\xff\xfe then \xe2\x82 end \xe2\x82'
for errors in ['ignore', 'replace', 'backslashreplace']:
    print(errors, repr(data.decode('utf-8', errors)), repr(b'\xe9t\xe9'.decode('ascii', errors)))
print(b'\xe9t\xe9'.decode('latin-1'), b'\xe9t\xe9'.decode('iso-8859-1'), str(b'caf\xc3\xa9', 'utf-8'))
for call in [lambda: 'é'.encode('ascii'), lambda: 'abc€€d'.encode('latin-1'), lambda: b'\xff'.decode(),
             lambda: b'ab\xe2\x82'.decode(), lambda: b'ab\xe2\x82c'.decode(), lambda: b'\x80abc'.decode('ascii'),
             lambda: 'x'.encode('nope'), lambda: 'é'.encode('ascii', 'bogus'), lambda: 'x'.encode('ascii', 'bogus'),
             lambda: str('a', 'utf-8'), lambda: str(1, 'utf-8'), lambda: b'\xc0\x80'.decode(),
             lambda: b'\xed\xa0\x80'.decode(), lambda: b'\xf0\x9f\x98'.decode()]:
    try:
        print(repr(call()))
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b'xy\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, ValueError))
try:
    'xé'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
