# os.scandir (DirEntry name/path/is_dir/is_file/stat, as a context manager), fsencode/fsdecode,
# the stat module (S_ISDIR, filemode), errno constants and errorcode, and glob (patterns,
# hidden files, recursive **, escape), in a temporary directory.
import errno
import glob
import os
import stat
import tempfile

with tempfile.TemporaryDirectory() as d:
    for name in ['b.txt', 'a.py', '.hidden', 'c.py']:
        with open(os.path.join(d, name), 'w') as f:
            f.write(name)
    os.mkdir(os.path.join(d, 'sub'))
    with open(os.path.join(d, 'sub', 'd.py'), 'w') as f:
        f.write('d')
    with os.scandir(d) as it:
        entries = sorted(it, key=lambda e: e.name)
    print([(e.name, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries])
    print(entries[0].path == os.path.join(d, entries[0].name), repr(entries[-1]),
          entries[-1].stat().st_size == 0 or True, os.fspath(entries[1]) == entries[1].path)
    st = os.stat(os.path.join(d, 'sub'))
    print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0],
          stat.S_IMODE(0o100644), stat.filemode(0o100644), stat.filemode(0o40755))
    rel = lambda paths: sorted(os.path.relpath(p, d) for p in paths)
    print(rel(glob.glob(os.path.join(d, '*.py'))), rel(glob.glob(os.path.join(d, '*'))))
    print(rel(glob.glob(os.path.join(d, '**', '*.py'), recursive=True)),
          rel(glob.glob(os.path.join(d, '*'), include_hidden=True)),
          rel(glob.glob(os.path.join(d, '?.txt'))), glob.glob(os.path.join(d, 'nope*')))
    print(sorted(glob.glob('*.py', root_dir=d)), glob.escape('a[b]*?.txt'), glob.has_magic('x*'))
print(os.fsencode('é/x'), os.fsdecode(b'caf\xc3\xa9'), type(os.getcwdb()).__name__)
print(errno.ENOENT, errno.EACCES, errno.errorcode[errno.EEXIST], errno.EWOULDBLOCK == errno.EAGAIN)
try:
    open('/nonexistent_isles_dir/x')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
