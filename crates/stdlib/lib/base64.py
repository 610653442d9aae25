"""Base16, Base32 and Base64 data encodings (RFC 4648) over binascii."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode',
           'b32encode', 'b32decode', 'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode', 'urlsafe_b64decode']

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'"
                    % type(s).__name__)


def _translate(s, frm, to):
    return s.translate(bytes.maketrans(frm, to))


def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _translate(encoded, b'+/', bytes(altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _translate(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(_translate(s, b'-_', b'+/'))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    if not isinstance(s, (bytes, bytearray, memoryview)):
        raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                        % type(s).__name__)
    s = bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + b'\0' * (5 - leftover)
    out = bytearray()
    for i in range(0, len(s), 5):
        c = int.from_bytes(s[i:i + 5], 'big')
        out += bytes(alphabet[(c >> shift) & 31] for shift in range(35, -1, -5))
    if leftover:
        pad = {1: 6, 2: 4, 3: 3, 4: 1}[leftover]
        out[-pad:] = b'=' * pad
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    n = len(s)
    s = s.rstrip(b'=')
    padchars = n - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(s), 8):
        acc = 0
        for c in s[i:i + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            acc = (acc << 5) + v
        out += (acc << 5 * (8 - len(s[i:i + 8]))).to_bytes(5, 'big')
    if n % 8 or padchars not in {0, 1, 3, 4, 6}:
        raise binascii.Error('Incorrect padding')
    if padchars and out:
        keep = (43 - 5 * padchars) // 8
        out = out[:len(out) - 5 + keep]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s using Base32."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like object s using Base32 with the extended hex alphabet."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode the base32hex encoded bytes-like object or ASCII string s."""
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """Encode the bytes-like object s using Base16."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in b'0123456789ABCDEF' for c in s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


def encodebytes(s):
    """Encode bytes into Base64 lines of at most 76 characters, each ending in a newline."""
    s = bytes(s) if isinstance(s, (bytearray, memoryview)) else s
    if not isinstance(s, bytes):
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    if not isinstance(s, (bytes, bytearray, memoryview)):
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encode a binary file object into Base64 lines written to output."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decode Base64 lines from input into output."""
    output.write(binascii.a2b_base64(input.read()))
