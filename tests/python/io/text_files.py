# text files: write/read/readline/readlines/iteration, with, modes w/a/r+/x, tell/seek
import time
path = '/tmp/isles_io_text_%d_%d.txt' % (time.time_ns(), id(object()))
with open(path, 'w') as f:
    print(f.write('first line\n'), f.closed, f.mode, type(f).__name__, f.writable(), f.readable())
    f.write('second é line\n')
    f.writelines(['third\n', 'fourth\n'])
    print('printed', 42, file=f)
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, encoding='utf-8') as f:
    print(repr(f.readline()), repr(f.readline()), f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, repr(line.rstrip('\n')))
with open(path) as f:
    print(repr(f.read(5)), repr(f.read(0)), repr(f.readline(3)), repr(f.readline()))
with open(path) as f:
    f.readline()
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(pos, f.read() == rest, f.seek(0), repr(f.read(10)))
with open(path, 'a') as f:
    f.write('appended\n')
with open(path) as f:
    print(f.readlines()[-2:])
with open(path, 'r+') as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write('FIRST')
    f.seek(0)
    print(repr(f.readline()))
with open(path, 'w') as f:
    f.write('a\r\nb\rc\n')
with open(path) as f:
    print(repr(f.read()))
with open(path, 'w+') as f:
    f.write('w plus')
    f.seek(0)
    print(repr(f.read()))
try:
    open(path, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror)
try:
    import os
    os.remove(path)
except ImportError:
    pass
