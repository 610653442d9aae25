"""In-memory streams (StringIO, BytesIO), the native file classes of _io under their io
names (TextIOWrapper(buffer, ...) wraps any binary buffer in a Python text stream), and the
IOBase/RawIOBase/BufferedIOBase/TextIOBase ABCs the streams are registered
with, so isinstance(sys.stdout, io.TextIOBase) holds as in CPython."""

import abc as _abc
from _io import (DEFAULT_BUFFER_SIZE, BufferedRandom, BufferedReader, BufferedWriter,
                 TextIOWrapper, UnsupportedOperation, open, _IOBase)

_TextIOWrapper = TextIOWrapper

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase', 'BytesIO',
           'StringIO', 'BufferedIOBase', 'BufferedReader', 'BufferedWriter',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper', 'UnsupportedOperation',
           'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'text_encoding']

BlockingIOError = BlockingIOError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def open_code(path):
    """Open a file for reading as code: binary mode."""
    return open(path, 'rb')


def text_encoding(encoding, stacklevel=2):
    """The encoding to use when encoding is None: 'locale' (UTF-8 here)."""
    return 'locale' if encoding is None else encoding


class IOBase(metaclass=_abc.ABCMeta):
    """The abstract base class for all I/O classes."""


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""


class BufferedIOBase(IOBase):
    """Base class for buffered binary streams."""


class TextIOBase(IOBase):
    """Base class for text streams."""


class _MemoryIO:
    """Shared logic: a buffer (str or bytearray), a position and a closed flag."""

    _closed_message = 'I/O operation on closed file.'

    def _check_open(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def tell(self):
        self._check_open()
        return self._pos

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        self._check_open()
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class StringIO(_MemoryIO):
    """Text I/O implementation using an in-memory buffer."""

    _closed_message = 'I/O operation on closed file'

    def __init__(self, initial_value='', newline='\n'):
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        self._buf = initial_value
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._check_open()
        return self._buf

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        n = len(s)
        buf = self._buf
        pos = self._pos
        if pos == len(buf):
            self._buf = buf + s
        elif pos > len(buf):
            self._buf = buf + '\0' * (pos - len(buf)) + s
        else:
            self._buf = buf[:pos] + s + buf[pos + n:]
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = self._pos + size
        r = self._buf[self._pos:end]
        self._pos = max(self._pos, min(end, len(self._buf)))
        return r

    def readline(self, size=-1):
        self._check_open()
        buf = self._buf
        i = buf.find('\n', self._pos)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = buf[self._pos:end]
        self._pos = max(self._pos, min(end, len(buf)))
        return r

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f'Negative seek position {pos}')
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f'Negative size value {size}')
        self._buf = self._buf[:size]
        return size

    def __repr__(self):
        return f'<_io.StringIO object at {hex(id(self))}>'


class BytesIO(_MemoryIO):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        self._buf = bytearray(initial_bytes)
        self._pos = 0
        self._closed = False

    def getvalue(self):
        self._check_open()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_open()
        return memoryview(self._buf)

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        n = len(data)
        pos = self._pos
        if pos > len(self._buf):
            self._buf.extend(b'\0' * (pos - len(self._buf)))
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = self._pos + size
        r = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, min(end, len(self._buf)))
        return r

    read1 = read

    def readline(self, size=-1):
        self._check_open()
        buf = self._buf
        i = buf.find(b'\n', self._pos)
        end = len(buf) if i < 0 else i + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        r = bytes(buf[self._pos:end])
        self._pos = max(self._pos, min(end, len(buf)))
        return r

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f'negative size value {size}')
        del self._buf[size:]
        return size

    def __repr__(self):
        return f'<_io.BytesIO object at {hex(id(self))}>'


class _BufferTextIO(_TextIOWrapper):
    """A text stream over a binary buffer (io.BytesIO, a binary file, sys.stdout.buffer):
    the buffer's bytes are decoded when first read; writes are encoded and passed on.
    Files that open() makes are the native _io.TextIOWrapper, a virtual subclass."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if encoding is None or encoding == 'locale':
            encoding = 'utf-8'
        if not isinstance(encoding, str):
            raise TypeError(f'TextIOWrapper() argument \'encoding\' must be str or None, '
                            f'not {type(encoding).__name__}')
        import codecs
        codecs.lookup(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors or 'strict'
        self._newline = newline
        self.line_buffering = line_buffering
        self._write_through = write_through
        self._text = None
        self._pos = 0
        self._closed = False

    buffer = property(lambda self: self._buffer)
    encoding = property(lambda self: self._encoding)

    # A plain attribute in CPython, which open() sets (tokenize.open sets it too).
    @property
    def mode(self):
        try:
            return self._mode
        except AttributeError:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute 'mode'") from None

    @mode.setter
    def mode(self, value):
        self._mode = value

    errors = property(lambda self: self._errors)
    newlines = None

    @property
    def name(self):
        return self._buffer.name

    @property
    def closed(self):
        return self._buffer.closed if self._buffer is not None else self._closed

    def __repr__(self):
        try:
            name = self.name
        except AttributeError:
            return f"<_io.TextIOWrapper encoding='{self._encoding}'>"
        return f"<_io.TextIOWrapper name={name!r} encoding='{self._encoding}'>"

    def _check(self):
        if self._buffer is None:
            raise ValueError('underlying buffer has been detached')
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def _load(self):
        if self._text is None:
            data = self._buffer.read()
            text = data.decode(self._encoding, self._errors)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._text = text
            self._pos = 0

    def readable(self):
        self._check()
        return self._buffer.readable()

    def writable(self):
        self._check()
        return self._buffer.writable()

    def seekable(self):
        self._check()
        return self._buffer.seekable()

    def read(self, size=-1):
        self._check()
        self._load()
        if size is None or size < 0:
            out = self._text[self._pos:]
        else:
            out = self._text[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def readline(self, size=-1):
        self._check()
        self._load()
        text, pos = self._text, self._pos
        if self._newline in (None, '\n'):
            end = text.find('\n', pos)
            end = len(text) if end < 0 else end + 1
        elif self._newline == '':
            ends = [i for i in (text.find('\n', pos), text.find('\r', pos)) if i >= 0]
            if not ends:
                end = len(text)
            else:
                end = min(ends) + 1
                if text[end - 1] == '\r' and text[end:end + 1] == '\n':
                    end += 1
        else:
            end = text.find(self._newline, pos)
            end = len(text) if end < 0 else end + len(self._newline)
        if size is not None and size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return text[pos:end]

    def _check_open(self):
        self._check()

    # The line protocol reads through readline, as the in-memory streams do.
    readlines = _MemoryIO.readlines
    __iter__ = _MemoryIO.__iter__
    __next__ = _MemoryIO.__next__

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self.line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check()
        if hasattr(self._buffer, 'flush'):
            self._buffer.flush()

    def close(self):
        if self._buffer is not None and not self.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()
        self._closed = True

    def detach(self):
        if self._buffer is None:
            raise ValueError('underlying buffer has been detached')
        self.flush()
        buffer = self._buffer
        self._buffer = None
        return buffer

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty() if hasattr(self._buffer, 'isatty') else False

    def tell(self):
        self._check()
        if self._text is None:
            return self._buffer.tell()
        return len(self._text[:self._pos].encode(self._encoding, self._errors))

    def seek(self, offset, whence=0):
        self._check()
        if whence == 0 and offset == 0:
            self._buffer.seek(0)
            self._text = None
            self._pos = 0
            return 0
        if whence == 2 and offset == 0:
            self._load()
            self._pos = len(self._text)
            return self.tell()
        raise UnsupportedOperation("can't do nonzero cur-relative seeks")

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        if encoding is not None:
            self._encoding = encoding
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._newline = newline
        if line_buffering is not None:
            self.line_buffering = line_buffering

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


_BufferTextIO.__name__ = _BufferTextIO.__qualname__ = 'TextIOWrapper'
_BufferTextIO.__module__ = '_io'


def _text_io_new(cls, *args, **kwargs):
    # The native class makes no objects itself (open() does): a call of TextIOWrapper with
    # a buffer makes the Python wrapper, initialized here as type.__call__ would only run
    # the native class's own (empty) __init__.
    obj = object.__new__(_BufferTextIO if cls is _TextIOWrapper else cls)
    if cls is _TextIOWrapper:
        obj.__init__(*args, **kwargs)
    return obj


_TextIOWrapper.__new__ = _text_io_new


IOBase.register(_IOBase)
for _klass in (BufferedReader, BufferedWriter, BufferedRandom, BytesIO):
    BufferedIOBase.register(_klass)
for _klass in (TextIOWrapper, StringIO):
    TextIOBase.register(_klass)
del _klass

# CPython's _io holds the in-memory streams too (unittest.mock's mock_open reads
# dir(_io.BytesIO)); here they are written in Python, so they join the native module.
import _io
_io.StringIO = StringIO
_io.BytesIO = BytesIO
del _io
