"""Functions to convert between Python values and C structs (packed binary data).

Packing and unpacking are native (`_struct`); the `Struct` class and the iterator of
`iter_unpack` are defined here over them.
"""

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
           'Struct', 'error']

from _struct import error, calcsize, pack, pack_into, unpack, unpack_from, _check_iter


class unpack_iterator:
    """Iterator over the records of a buffer, unpacked one by one."""

    __module__ = '_struct'

    def __init__(self, fmt, buffer):
        self._size, self._data = _check_iter(fmt, buffer)
        self._fmt = fmt
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos >= len(self._data):
            raise StopIteration
        pos = self._pos
        self._pos = pos + self._size
        return unpack_from(self._fmt, self._data, pos)

    def __length_hint__(self):
        return (len(self._data) - self._pos) // self._size


def iter_unpack(*args):
    """Return an iterator which unpacks the buffer according to the format."""
    if len(args) != 2:
        raise TypeError('iter_unpack expected 2 arguments, got %d' % len(args))
    return unpack_iterator(*args)


class Struct:
    """Struct(fmt) --> compiled struct object"""

    __module__ = '_struct'
    __slots__ = ('_format', '_size')

    def __init__(self, format):
        self._size = calcsize(format)
        self._format = format

    @property
    def format(self):
        """struct format string"""
        f = self._format
        return f.decode('ascii') if isinstance(f, bytes) else f

    @property
    def size(self):
        """struct size in bytes"""
        return self._size

    def pack(self, *values):
        return pack(self._format, *values)

    def pack_into(self, buffer, *args):
        return pack_into(self._format, buffer, *args)

    def unpack(self, buffer):
        return unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer):
        return unpack_iterator(self._format, buffer)
