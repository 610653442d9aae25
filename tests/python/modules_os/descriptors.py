# os descriptor functions: open/read/write/lseek/fstat/close, pipe, fdopen, tempfile.mkstemp
import os
import tempfile

fd, path = tempfile.mkstemp(suffix='.dat')
print(type(fd).__name__, path.endswith('.dat'), oct(os.stat(path).st_mode & 0o777))
print(os.write(fd, b'hello world\nsecond line\n'))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, -5, os.SEEK_END), os.read(fd, 100), os.fstat(fd).st_size)
os.close(fd)
fd = os.open(path, os.O_WRONLY | os.O_APPEND)
os.write(fd, b'third\n')
os.close(fd)
fd = os.open(path, os.O_RDONLY)
with os.fdopen(fd) as f:
    print(f.readline(), list(f))
print(f.closed)
with os.fdopen(os.open(path, os.O_RDWR | os.O_TRUNC), 'w') as f:
    print(f.write('text mode é\n'))
with open(path, 'rb') as f:
    print(f.read())
r, w = os.pipe()
print(os.write(w, b'through the pipe'))
os.close(w)
print(os.read(r, 7), os.read(r, 100), os.read(r, 100))
os.close(r)
fd = os.open(os.path.join(os.path.dirname(path), 'new_' + os.path.basename(path)), os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o640)
print(oct(os.fstat(fd).st_mode & 0o777))
os.close(fd)
for bad in (lambda: os.close(fd), lambda: os.read(fd, 1), lambda: os.write(fd, b'x'), lambda: os.lseek(fd, 0, 0),
            lambda: os.fstat(fd), lambda: os.open('/nonexistent/x', os.O_RDONLY), lambda: os.write(1, 'str'),
            lambda: os.read(0, -1), lambda: os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY), lambda: os.fdopen('x')):
    try:
        print(bad())
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, str(e).replace(path, 'PATH'))
os.remove(path)
os.remove(os.path.join(os.path.dirname(path), 'new_' + os.path.basename(path)))
