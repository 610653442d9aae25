# open() with encoding='utf-16'/'utf-32': one byte order mark per stream, none when appending
import os
import tempfile
p = os.path.join(tempfile.gettempdir(), 'isles_u16_%d.txt' % os.getpid())
with open(p, 'w', encoding='utf-16') as f:
    f.write('ab')
    f.write('cd')
    print(f.tell() > 0)
print(open(p, 'rb').read())
with open(p, encoding='utf-16') as f:
    print(repr(f.read()))
with open(p, 'a', encoding='utf-16') as f:
    f.write('ef')
print(open(p, 'rb').read())
with open(p, 'w', encoding='utf-32') as f:
    f.write('x'); f.write('y')
print(open(p, 'rb').read())
os.remove(p)
