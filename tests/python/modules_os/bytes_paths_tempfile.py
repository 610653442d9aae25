# os.path with bytes paths (the same results as bytes), mixing str and bytes refused; and
# tempfile: mkdtemp, NamedTemporaryFile and TemporaryDirectory clean up after themselves.
import os
import os.path as p
import tempfile

print(p.join(b'a', b'b'), p.join(b'/x', b'/y'), p.split(b'/x/y.z'), p.splitext(b'a/b.tar.gz'))
print(p.basename(b'/a/b'), p.dirname(b'/a/b'), p.normpath(b'/a/./b/../c//d'), p.isabs(b'/a'),
      p.isabs(b'a'), p.splitdrive(b'/a'), p.normcase(b'A/B'))
for f in [lambda: p.join('a', b'b'), lambda: p.join(b'a', 'b'), lambda: p.join('a', 5)]:
    try:
        f()
    except TypeError as e:
        print(e)
d = tempfile.mkdtemp(prefix='isles_test_', suffix='.d')
print(p.isdir(d), p.basename(d).startswith('isles_test_'), d.endswith('.d'),
      p.dirname(d) == tempfile.gettempdir())
os.rmdir(d)
print(p.exists(d))
with tempfile.TemporaryDirectory() as td:
    with open(p.join(td, 'a.txt'), 'w') as f:
        f.write('x')
    os.mkdir(p.join(td, 'sub'))
    with open(p.join(td, 'sub', 'b.txt'), 'w') as f:
        f.write('y')
    print(sorted(os.listdir(td)))
print(p.exists(td))
with tempfile.NamedTemporaryFile('w+', suffix='.log') as f:
    f.write('data')
    f.seek(0)
    print(f.read(), f.name.endswith('.log'), p.exists(f.name))
    name = f.name
print(p.exists(name))
with tempfile.TemporaryFile() as f:
    f.write(b'bin')
    f.seek(0)
    print(f.read())
