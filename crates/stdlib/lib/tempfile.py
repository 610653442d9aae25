"""Temporary files and directories: gettempdir, mkdtemp, mkstemp, NamedTemporaryFile,
TemporaryFile, TemporaryDirectory. Names are random (os.urandom), files and directories are
created exclusively, and the context managers remove what they made."""

import os as _os

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'TemporaryDirectory', 'mkstemp',
           'mkdtemp', 'mktemp', 'gettempdir', 'gettempprefix', 'gettempdirb',
           'gettempprefixb', 'TMP_MAX', 'template', 'tempdir']

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _random_name():
    return ''.join(_CHARS[b % len(_CHARS)] for b in _os.urandom(8))


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def gettempdir():
    """The directory for temporary files: $TMPDIR, $TEMP or $TMP if it exists, else /tmp."""
    global tempdir
    if tempdir is None:
        for name in ('TMPDIR', 'TEMP', 'TMP'):
            d = _os.environ.get(name)
            if d and _os.path.isdir(d):
                tempdir = _os.path.abspath(d)
                break
        else:
            tempdir = '/tmp' if _os.path.isdir('/tmp') else _os.getcwd()
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def _sanitize(suffix, prefix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return suffix, prefix, _os.fspath(dir)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory and return its absolute path."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError("No usable temporary directory name found")


def _create_file(suffix, prefix, dir, mode):
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.abspath(_os.path.join(dir, prefix + _random_name() + suffix))
        try:
            f = open(path, 'x' + mode.replace('w', '').replace('x', ''))
        except FileExistsError:
            continue
        return f, path
    raise FileExistsError("No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file exclusively (mode 0o600) and return (its descriptor, its path)."""
    suffix, prefix, dir = _sanitize(suffix, prefix, dir)
    flags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    for _ in range(TMP_MAX):
        path = _os.path.abspath(_os.path.join(dir, prefix + _random_name() + suffix))
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, path
    raise FileExistsError("No usable temporary file name found")


def mktemp(suffix='', prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: use mkstemp)."""
    if dir is None:
        dir = gettempdir()
    while True:
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.exists(path):
            return path


class _TemporaryFileWrapper:
    """A file object that deletes its file when closed (when delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self._closed:
            self._closed = True
            self.file.close()
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __del__(self):
        self.close()


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name, removed when closed (if delete)."""
    f, path = _create_file(suffix, prefix, dir, mode)
    if encoding is not None or newline is not None or 'b' not in mode:
        f.close()
        f = open(path, mode.replace('x', 'w') if 'r' not in mode else mode,
                 encoding=encoding, newline=newline, errors=errors)
    return _TemporaryFileWrapper(f, path, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A temporary file removed when closed."""
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir,
                              True, errors=errors)


def _rmtree(path):
    for root, dirs, files in _os.walk(path, topdown=False):
        for name in files:
            _os.unlink(_os.path.join(root, name))
        for name in dirs:
            full = _os.path.join(root, name)
            if _os.path.islink(full):
                _os.unlink(full)
            else:
                _os.rmdir(full)
    _os.rmdir(path)


class TemporaryDirectory:
    """A directory removed, with its contents, by cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done and _os.path.exists(self.name):
            self._done = True
            try:
                _rmtree(self.name)
            except OSError:
                if not self._ignore_cleanup_errors:
                    raise
