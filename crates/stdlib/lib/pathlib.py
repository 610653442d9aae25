"""Object-oriented file-system paths (after CPython 3.11's pathlib), POSIX flavour only:
PurePath/PurePosixPath (parsing, joining with /, parts, parents, name/suffix/stem, with_*,
relative_to, match) and Path/PosixPath (cwd, home, stat queries, mkdir, touch, unlink,
rename, read/write text and bytes, open, iterdir, glob, rglob, resolve). The Windows classes
exist only to raise, as on a POSIX CPython."""

import fnmatch
import os
import posixpath
import sys

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']


def _parse(args):
    parts = []
    root = ''
    for a in args:
        if isinstance(a, PurePath):
            a_root, a_parts = a._root, a._parts
        else:
            try:
                s = os.fspath(a)
            except TypeError:
                s = a
            if not isinstance(s, str):
                raise TypeError('expected str, bytes or os.PathLike object, not '
                                f'{type(a).__name__}')
            a_root = ''
            if s.startswith('/'):
                a_root = '//' if s.startswith('//') and not s.startswith('///') else '/'
            a_parts = [p for p in s.split('/') if p and p != '.']
        if a_root:
            root = a_root
            parts = list(a_parts)
        else:
            parts.extend(a_parts)
    return root, parts


class _Parents:
    """The ancestors of a path, nearest first (a read-only sequence)."""

    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        p = self._path
        return p._from_parts(p._root, p._parts[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return '<{}.parents>'.format(type(self._path).__name__)


class PurePath:
    """A path as a string of parts; no file-system access. (No __slots__: isles refuses
    PosixPath's diamond of empty-slotted classes as a lay-out conflict.)"""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parsed(*_parse(args))

    @classmethod
    def _from_parsed(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = parts
        self._str = None
        self._hash = None
        return self

    def _from_parts(self, root, parts):
        return type(self)._from_parsed(root, list(parts))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __str__(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return '{}({!r})'.format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~/')
        out = []
        for ch in str(self):
            if ch in safe:
                out.append(ch)
            else:
                out.extend('%{:02X}'.format(b) for b in ch.encode('utf-8'))
        return 'file://' + ''.join(out)

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) == str(other)

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def _cmpkey(self, other):
        if not isinstance(other, PurePath):
            return None
        return self._root + '/'.join(self._parts), other._root + '/'.join(other._parts)

    def __lt__(self, other):
        k = self._cmpkey(other)
        return NotImplemented if k is None else list(self.parts) < list(other.parts)

    def __le__(self, other):
        k = self._cmpkey(other)
        return NotImplemented if k is None else list(self.parts) <= list(other.parts)

    def __gt__(self, other):
        k = self._cmpkey(other)
        return NotImplemented if k is None else list(self.parts) > list(other.parts)

    def __ge__(self, other):
        k = self._cmpkey(other)
        return NotImplemented if k is None else list(self.parts) >= list(other.parts)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parts(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _Parents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._from_parts(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        name = name[:len(name) - len(old)] + suffix if old else name + suffix
        return self._from_parts(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        o_root, o_parts = _parse(other)
        n = len(o_parts)
        if self._root != o_root or self._parts[:n] != o_parts:
            formatted = str(self._from_parsed(o_root, o_parts))
            raise ValueError('{!r} is not in the subpath of {!r} OR one path is relative and '
                             'the other is absolute.'.format(str(self), formatted))
        return self._from_parts('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def match(self, path_pattern):
        pat = PurePosixPath(path_pattern)
        pat_parts = pat.parts
        if not pat_parts:
            raise ValueError('empty pattern')
        parts = self.parts
        if pat._root:
            if len(pat_parts) != len(parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""


class PureWindowsPath(PurePath):

    def __new__(cls, *args):
        raise NotImplementedError('isles supports only POSIX paths')


class Path(PurePath):
    """A path with file-system operations."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parsed(*_parse(args))

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict:
            os.stat(self)
        return type(self)(os.path.realpath(os.path.abspath(self)))

    def expanduser(self):
        if self._parts and self._parts[0].startswith('~') and not self._root:
            return type(self)(os.path.expanduser(str(self)))
        return self

    def stat(self, *, follow_symlinks=True):
        return os.stat(self) if follow_symlinks else os.lstat(self)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        try:
            self.stat()
        except (FileNotFoundError, NotADirectoryError):
            return False
        return True

    def is_dir(self):
        return os.path.isdir(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_symlink(self):
        return os.path.islink(self)

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._from_parts(self._root, self._parts + [name])

    def _child(self, name):
        return self._from_parts(self._root, self._parts + [name])

    def glob(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        parts = list(pat._parts)
        if pattern.endswith('/'):
            parts.append('')
        yield from self._glob(parts)

    def rglob(self, pattern):
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        parts = ['**'] + list(pat._parts)
        yield from self._glob(parts)

    def _glob(self, parts):
        if not parts:
            yield self
            return
        head, rest = parts[0], parts[1:]
        if head == '':
            if self.is_dir():
                yield self
            return
        if head == '**':
            seen = set()
            for d in self._walk_dirs():
                for p in d._glob(rest):
                    if p not in seen:
                        seen.add(p)
                        yield p
            return
        if not any(c in head for c in '*?['):
            child = self._child(head)
            if rest:
                if child.is_dir():
                    yield from child._glob(rest)
            elif child.exists() or child.is_symlink():
                yield child
            return
        try:
            names = os.listdir(self)
        except OSError:
            return
        for name in names:
            if fnmatch.fnmatchcase(name, head):
                child = self._child(name)
                if rest:
                    if child.is_dir():
                        yield from child._glob(rest)
                else:
                    yield child

    def _walk_dirs(self):
        yield self
        try:
            names = os.listdir(self)
        except OSError:
            return
        for name in names:
            child = self._child(name)
            if child.is_dir() and not child.is_symlink():
                yield from child._walk_dirs()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return type(self)(target)

    def replace(self, target):
        os.replace(self, target)
        return type(self)(target)

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            with open(self, 'a'):
                pass
            return
        with open(self, 'a'):
            pass

    def chmod(self, mode):
        os.chmod(self, mode)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(bytes(view))

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)


class PosixPath(Path, PurePosixPath):
    """A concrete POSIX path."""


class WindowsPath(Path, PureWindowsPath):

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate 'WindowsPath' on your system")
