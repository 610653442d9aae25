"""Operating-system interfaces (a POSIX subset): the native `posix` core plus os.path.

Each interpreter gets its own `os.environ` (a copy of the process environment taken when
`os` is first imported there); changing it does not change the process environment.
"""

import sys
import posix
import posixpath as path
from collections.abc import MutableMapping as _MutableMapping
from posix import (getcwd, chdir, listdir, mkdir, rmdir, remove, unlink, rename, replace,
                   getpid, getppid, getuid, geteuid, getgid, getegid, chmod, urandom,
                   cpu_count, fspath, open, read, write, close, lseek, pipe)

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = path.altsep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
linesep = '\n'
error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = 0o4000
O_DSYNC = 0o10000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000
O_SYNC = 0o4010000
O_ACCMODE = 3
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


class stat_result:
    """The result of stat(): a 10-field sequence with st_* attributes."""

    _fields = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')

    def __init__(self, values):
        self._values = tuple(values[:7]) + tuple(int(t) for t in values[7:10])
        for i, f in enumerate(self._fields):
            setattr(self, f, values[i])
        self.st_atime, self.st_mtime, self.st_ctime = values[7:10]
        self.st_atime_ns, self.st_mtime_ns, self.st_ctime_ns = (
            int(t * 1e9) for t in values[7:10])

    def __getitem__(self, i):
        return self._values[i]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        return isinstance(other, stat_result) and self._values == other._values

    def __repr__(self):
        names = self._fields + ('st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(names, self._values))


def fstat(fd):
    return stat_result(posix.fstat(fd))


def stat(path):
    """Perform a stat system call on the given path."""
    return stat_result(posix.stat(path))


def lstat(path):
    """Like stat(), but do not follow symbolic links."""
    return stat_result(posix.lstat(path))


class PathLike:
    """Abstract base class for objects with __fspath__."""

    def __fspath__(self):
        raise NotImplementedError


class _Environ(_MutableMapping):
    """A mapping of environment variables (str keys and values)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        self._data[key] = value

    def __delitem__(self, key):
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join('%r: %r' % (k, v) for k, v in self._data.items())
        return 'environ({%s})' % items

    def get(self, key, default=None):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        return self._data.get(key, default)

    def clear(self):
        self._data.clear()

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def update(self, other=(), **kw):
        for k, v in dict(other, **kw).items():
            self[k] = v

    def copy(self):
        return dict(self._data)


environ = _Environ(posix._environ())


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def _check_env(name, value=None):
    for v in (name, value):
        if v is not None and not isinstance(v, (str, bytes)):
            raise TypeError("expected str, bytes or os.PathLike object, not %s"
                            % type(v).__name__)
        if v is not None and ('\0' in v if isinstance(v, str) else b'\0' in v):
            raise ValueError("embedded null byte")
    has_eq = '=' in name if isinstance(name, str) else b'=' in name
    if has_eq and value is not None:
        raise ValueError("illegal environment variable name")
    if not name or has_eq:
        err = OSError(22, 'Invalid argument')
        err.errno, err.strerror = 22, 'Invalid argument'
        raise err


def putenv(name, value):
    """Change or add an environment variable for child processes.

    As in CPython, os.environ is not updated; Isles starts no child processes and keeps the
    process environment (a process-wide resource) unchanged."""
    _check_env(name, value)


def unsetenv(name):
    """Delete an environment variable for child processes (see putenv)."""
    _check_env(name)


def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames)."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            nondirs.append(n)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def fsencode(filename):
    """Encode a path (str or PathLike) to bytes with the filesystem encoding (UTF-8)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8')
    return filename


def fsdecode(filename):
    """Decode a path (bytes or PathLike) to str with the filesystem encoding (UTF-8)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8')
    return filename


def getcwdb():
    """The current working directory as bytes."""
    return getcwd().encode('utf-8')


class DirEntry:
    """One entry of scandir(): its name and path, with cached stat results."""

    __slots__ = ('name', 'path', '_stat', '_lstat')

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except OSError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000


class _ScandirIterator:
    def __init__(self, directory):
        self._directory = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._names = iter(())


def scandir(path='.'):
    """An iterator of DirEntry objects for the entries of the directory."""
    return _ScandirIterator(fspath(path))


class _FdFile:
    """The file object of os.fdopen: reads and writes go straight to the descriptor (no
    buffering); text mode decodes and encodes UTF-8."""

    def __init__(self, fd, mode='r', encoding=None):
        self._fd = fd
        self.mode = mode
        self.name = fd
        self._text = 'b' not in mode
        self._encoding = encoding or 'utf-8'
        self._pending = b''
        self.closed = False

    def fileno(self):
        return self._fd

    def _check(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def write(self, data):
        self._check()
        raw = data.encode(self._encoding) if self._text else bytes(data)
        view = raw
        while view:
            n = write(self._fd, view)
            view = view[n:]
        return len(data)

    def _out(self, raw):
        return raw.decode(self._encoding) if self._text else raw

    def read(self, size=-1):
        self._check()
        chunks = [self._pending]
        self._pending = b''
        if size is None or size < 0:
            while True:
                b = read(self._fd, 65536)
                if not b:
                    break
                chunks.append(b)
        else:
            have = len(chunks[0])
            while have < size:
                b = read(self._fd, size - have)
                if not b:
                    break
                chunks.append(b)
                have += len(b)
        data = b''.join(chunks)
        if size is not None and size >= 0 and len(data) > size:
            data, self._pending = data[:size], data[size:]
        return self._out(data)

    def readline(self):
        self._check()
        buf = self._pending
        while b'\n' not in buf:
            b = read(self._fd, 65536)
            if not b:
                break
            buf += b
        i = buf.find(b'\n')
        if i < 0:
            line, self._pending = buf, b''
        else:
            line, self._pending = buf[:i + 1], buf[i + 1:]
        return self._out(line)

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def flush(self):
        self._check()

    def close(self):
        if not self.closed:
            self.closed = True
            close(self._fd)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError('invalid fd type (%s, expected integer)' % type(fd))
    fstat(fd)
    return _FdFile(fd, mode, encoding)
