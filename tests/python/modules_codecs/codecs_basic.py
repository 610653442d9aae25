# codecs: encode/decode (text, hex, base64, rot13), lookup names, BOMs, open with an encoding
import codecs
import os
import tempfile

print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xc3\xa9llo'), codecs.encode('abc', 'latin-1'))
print(codecs.encode(b'\x01\xff', 'hex'), codecs.decode(b'01ff', 'hex'), codecs.encode(b'hi there', 'base64'))
print(codecs.decode(b'aGkgdGhlcmU=\n', 'base64'), codecs.encode('Hello, World!', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.encode('é', 'ascii', 'replace'), codecs.decode(b'\xff', 'utf-8', 'replace'), codecs.decode(b'\xe9', 'latin1'))
for name in ('UTF8', 'utf_8', 'Latin-1', 'ascii', 'utf-16', 'U8', 'hex', 'base64', 'rot13', 'cp1252'):
    print(name, codecs.lookup(name).name)
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF8 + 'x'.encode())
print(codecs.getencoder('utf-8')('ab'), codecs.getdecoder('utf-8')(b'cd'))
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f.txt')
    with codecs.open(p, 'w', encoding='utf-8') as f:
        f.write('line one é\r\nline two\n')
    with codecs.open(p, 'r', encoding='utf-8') as f:
        print(repr(f.read()))
    with open(p, 'rb') as f:
        print(f.read())
for bad in (lambda: codecs.lookup('no-such-codec'), lambda: codecs.encode('x', 'no-such'), lambda: codecs.decode(b'\xff'),
            lambda: codecs.encode('é', 'ascii'), lambda: codecs.decode('str'), lambda: codecs.lookup(5)):
    try:
        bad()
    except (LookupError, UnicodeError, TypeError) as e:
        print(type(e).__name__, e)
