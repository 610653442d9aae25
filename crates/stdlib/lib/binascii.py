"""Conversions between binary data and ASCII: hex, base64 (with CPython's lenient and strict
decoding rules and messages) and CRC-32."""

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex', 'b2a_base64',
           'a2b_base64', 'crc32']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64)}
_HEX = '0123456789abcdef'


def _ascii_data(data):
    """Bytes from a bytes-like object or an ASCII str (the decoders accept both)."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(data).__name__)


def _bytes_arg(data):
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _bytes_arg(data)
    digits = [_HEX[b >> 4] + _HEX[b & 15] for b in data]
    if sep is None:
        return ''.join(digits).encode('ascii')
    if isinstance(sep, bytes):
        sep = sep.decode('ascii')
    if len(sep) != 1:
        raise ValueError('sep must be length 1.')
    step = abs(bytes_per_sep)
    if step == 0:
        return ''.join(digits).encode('ascii')
    groups = []
    if bytes_per_sep > 0:
        first = len(digits) % step or step
        groups.append(''.join(digits[:first]))
        for k in range(first, len(digits), step):
            groups.append(''.join(digits[k:k + step]))
    else:
        for k in range(0, len(digits), step):
            groups.append(''.join(digits[k:k + step]))
    return sep.join(g for g in groups if g).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    """Binary data of a hexadecimal representation."""
    s = _ascii_data(hexstr)
    if len(s) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    for k in range(0, len(s), 2):
        try:
            out.append(int(s[k:k + 2].decode('ascii'), 16))
        except ValueError:
            raise Error('Non-hexadecimal digit found') from None
        if not all(c in b'0123456789abcdefABCDEF' for c in s[k:k + 2]):
            raise Error('Non-hexadecimal digit found')
    return bytes(out)


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    """Base64 encoding of binary data, with a trailing newline unless newline=False."""
    data = _bytes_arg(data)
    out = bytearray()
    for k in range(0, len(data) - len(data) % 3, 3):
        n = (data[k] << 16) | (data[k + 1] << 8) | data[k + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """Binary data of base64 text: characters outside the alphabet are skipped (an error in
    strict mode) and decoding stops at the padding that completes a quantum."""
    s = _ascii_data(data)
    out = bytearray()
    quad = 0
    left = 0
    pads = 0
    count = 0
    padding_started = False
    if strict_mode and s[:1] == b'=':
        raise Error('Leading padding not allowed')
    for i, c in enumerate(s):
        if c == 61:
            padding_started = True
            pads += 1
            if quad >= 2 and quad + pads >= 4:
                if strict_mode and i + 1 < len(s):
                    raise Error('Excess data after padding')
                return bytes(out)
            continue
        v = _B64_VALUE.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        count += 1
        if quad == 0:
            quad, left = 1, v
        elif quad == 1:
            out.append(((left << 2) | (v >> 4)) & 255)
            quad, left = 2, v & 15
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 255)
            quad, left = 3, v & 3
        else:
            out.append(((left << 6) | v) & 255)
            quad, left = 0, 0
    if quad == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be '
                    '1 more than a multiple of 4' % count)
    if quad:
        raise Error('Incorrect padding')
    return bytes(out)


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC = _crc_table()


def crc32(data, value=0):
    """CRC-32 checksum of data, continuing from value."""
    crc = ~value & 0xFFFFFFFF
    table = _CRC
    for b in _bytes_arg(data):
        crc = table[(crc ^ b) & 255] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
