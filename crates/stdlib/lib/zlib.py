"""Deflate compression compatible with zlib (after CPython 3.11's zlib): compress,
decompress, crc32, adler32 and the constants come from the native _zlib (the system zlib,
so the compressed bytes equal CPython's); compressobj/decompressobj return the streaming
Compress and Decompress objects defined here. zdict, memLevel and strategy are accepted but
only the defaults are supported."""

from _zlib import (error, compress, decompress, crc32, adler32, MAX_WBITS, DEFLATED,
                   DEF_MEM_LEVEL, DEF_BUF_SIZE, Z_NO_COMPRESSION, Z_BEST_SPEED,
                   Z_BEST_COMPRESSION, Z_DEFAULT_COMPRESSION, Z_FILTERED, Z_HUFFMAN_ONLY,
                   Z_RLE, Z_FIXED, Z_DEFAULT_STRATEGY, Z_NO_FLUSH, Z_PARTIAL_FLUSH,
                   Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK, Z_TREES, ZLIB_VERSION,
                   ZLIB_RUNTIME_VERSION)
import _zlib


class Compress:
    """A compression stream made by compressobj()."""

    def __init__(self, handle):
        self._h = handle
        self._finished = False

    def compress(self, data, /):
        if self._finished:
            raise error("Error -2 while compressing data: inconsistent stream state")
        return _zlib._c_compress(self._h, data)

    def flush(self, mode=Z_FINISH, /):
        if self._finished:
            if mode == Z_FINISH:
                return b''
            raise error("Error -2 while flushing: inconsistent stream state")
        out = _zlib._c_flush(self._h, mode)
        if mode == Z_FINISH:
            self._finished = True
        return out

    def copy(self):
        raise ValueError("Inconsistent stream state")


Compress.__module__ = 'zlib'


class Decompress:
    """A decompression stream made by decompressobj()."""

    def __init__(self, wbits):
        self._wbits = wbits
        self._h = None
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def decompress(self, data, /, max_length=0):
        data = bytes(memoryview(data)) if not isinstance(data, bytes) else data
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if self.eof:
            self.unused_data += data
            return b''
        if self._h is None:
            if not data:
                return b''
            self._h = _zlib._decompressobj(self._wbits, data[:2])
        out, used, eof = _zlib._d_decompress(self._h, data, max_length)
        rest = data[used:]
        if eof:
            self.eof = True
            self.unused_data += rest
            self.unconsumed_tail = b''
        else:
            self.unconsumed_tail = rest
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        if length <= 0:
            raise ValueError("length must be greater than zero")
        tail = self.unconsumed_tail
        if not tail or self.eof:
            return b''
        return self.decompress(tail)

    def copy(self):
        raise ValueError("Inconsistent stream state")


Decompress.__module__ = 'zlib'


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    if method != DEFLATED or not 1 <= memLevel <= 9:
        raise ValueError("Invalid initialization option")
    return Compress(_zlib._compressobj(level, wbits))


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """Return a decompressor object."""
    if not (wbits == 0 or 8 <= abs(wbits) <= 15 or 24 <= wbits <= 31 or 40 <= wbits <= 47):
        raise ValueError("Invalid initialization option")
    return Decompress(wbits)
