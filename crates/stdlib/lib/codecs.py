"""Codec helpers (a part of CPython 3.11's codecs): encode/decode for the text encodings
str.encode and bytes.decode know plus the bytes-to-bytes 'hex' and 'base64' codecs and
'rot13', lookup with CPython's normalised names for the common encodings, open (a text file
without newline translation), and the BOM constants."""

import builtins
from collections import namedtuple

__all__ = ['encode', 'decode', 'lookup', 'open', 'CodecInfo', 'BOM', 'BOM_BE', 'BOM_LE',
           'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_BE', 'BOM_UTF16_LE', 'BOM_UTF32',
           'BOM_UTF32_BE', 'BOM_UTF32_LE', 'getencoder', 'getdecoder']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE

_NAMES = {
    'utf8': 'utf-8', 'utf_8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
    'utf8_sig': 'utf-8-sig', 'utf_8_sig': 'utf-8-sig',
    'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii',
    'latin_1': 'iso8859-1', 'latin1': 'iso8859-1', 'latin': 'iso8859-1', 'l1': 'iso8859-1',
    'iso8859_1': 'iso8859-1', 'iso_8859_1': 'iso8859-1', '8859': 'iso8859-1',
    'cp819': 'iso8859-1',
    'utf16': 'utf-16', 'utf_16': 'utf-16', 'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le',
    'utf_16_be': 'utf-16-be', 'utf_16be': 'utf-16-be',
    'utf32': 'utf-32', 'utf_32': 'utf-32', 'utf_32_le': 'utf-32-le', 'utf_32le': 'utf-32-le',
    'utf_32_be': 'utf-32-be', 'utf_32be': 'utf-32-be',
    'cp1252': 'cp1252', 'windows_1252': 'cp1252',
    'hex': 'hex', 'hex_codec': 'hex', 'base64': 'base64', 'base_64': 'base64',
    'base64_codec': 'base64', 'rot13': 'rot-13', 'rot_13': 'rot-13',
}


def _normalize(encoding):
    if not isinstance(encoding, str):
        raise TypeError(f'lookup() argument must be str, not {type(encoding).__name__}')
    return encoding.strip().lower().replace('-', '_').replace(' ', '_')


class CodecInfo(namedtuple('CodecInfo', 'name encode decode')):
    def __repr__(self):
        return '<codecs.CodecInfo object for encoding %s at %#x>' % (self.name, id(self))


def lookup(encoding):
    name = _NAMES.get(_normalize(encoding))
    if name is None:
        raise LookupError(f'unknown encoding: {encoding}')
    return CodecInfo(name, getencoder(name), getdecoder(name))


def _rot13(s):
    out = []
    for c in s:
        if 'a' <= c <= 'z':
            c = chr((ord(c) - 97 + 13) % 26 + 97)
        elif 'A' <= c <= 'Z':
            c = chr((ord(c) - 65 + 13) % 26 + 65)
        out.append(c)
    return ''.join(out)


def encode(obj, encoding='utf-8', errors='strict'):
    name = _NAMES.get(_normalize(encoding), encoding)
    if name == 'hex':
        import binascii
        return binascii.hexlify(obj)
    if name == 'base64':
        import base64
        return base64.encodebytes(obj)
    if name == 'rot-13':
        return _rot13(obj)
    if not isinstance(obj, str):
        raise TypeError(f"utf_8_encode() argument 1 must be str, not {type(obj).__name__}")
    return obj.encode(encoding, errors)


# CPython's are _codecs' (pickle names them so).
encode.__module__ = '_codecs'


def decode(obj, encoding='utf-8', errors='strict'):
    name = _NAMES.get(_normalize(encoding), encoding)
    if name == 'hex':
        import binascii
        return binascii.unhexlify(obj)
    if name == 'base64':
        import base64
        return base64.decodebytes(obj)
    if name == 'rot-13':
        return _rot13(obj)
    if isinstance(obj, str):
        raise TypeError(f"decoding with '{encoding}' codec failed (TypeError: a bytes-like "
                        "object is required, not 'str')")
    return bytes(obj).decode(encoding, errors)


decode.__module__ = '_codecs'


def getencoder(encoding):
    def _encode(obj, errors='strict'):
        out = encode(obj, encoding, errors)
        return out, len(obj)
    return _encode


def getdecoder(encoding):
    def _decode(obj, errors='strict'):
        out = decode(obj, encoding, errors)
        return out, len(obj)
    return _decode


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    if 'b' in mode:
        mode = mode.replace('b', '')
    return builtins.open(filename, mode, buffering, encoding=encoding, errors=errors,
                         newline='')
