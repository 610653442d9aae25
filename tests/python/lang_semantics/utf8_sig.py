# The utf-8-sig codec: a byte order mark written first, skipped when read.
import os
import tempfile

print('\ufeffabc'.encode('utf-8-sig'), 'abc'.encode('utf-8-sig'), ''.encode('UTF-8-SIG'))
print(b'\xef\xbb\xbfabc'.decode('utf-8-sig'), b'abc'.decode('utf_8_sig'), b''.decode('utf-8-sig'))
print(repr(b'\xef\xbb\xbf\xef\xbb\xbfx'.decode('utf-8-sig')))
try:
    b'\xef\xbb\xbf\xff'.decode('utf-8-sig')
except UnicodeDecodeError as e:
    print(e)
print(b'\xef\xbb\xbf\xffa'.decode('utf-8-sig', 'replace'))
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
with open(p, 'w', encoding='utf-8-sig') as f:
    f.write('h\xe9llo\n')
    f.write('x\n')
print(open(p, 'rb').read())
with open(p, encoding='utf-8-sig') as f:
    print(repr(f.read()))
with open(p, encoding='utf-8') as f:
    print(repr(f.read()))
os.remove(p)
os.rmdir(d)
