"""Secure hashes and message digests: md5, sha1, sha224, sha256, sha384, sha512 (native
`_hashlib`), with hexdigest, copy and the CPython constructors."""

import _hashlib

__all__ = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new',
           'algorithms_guaranteed', 'algorithms_available']

_INFO = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
         'sha384': (48, 128), 'sha512': (64, 128)}
algorithms_guaranteed = frozenset(_INFO)
algorithms_available = frozenset(_INFO)


class HASH:
    """A hash object: feed it with update(), read it with digest() or hexdigest()."""

    __module__ = '_hashlib'
    __slots__ = ('_state', 'name')

    def __init__(self, name, state):
        self.name = name
        self._state = state

    @property
    def digest_size(self):
        return _INFO[self.name][0]

    @property
    def block_size(self):
        return _INFO[self.name][1]

    def update(self, data):
        _hashlib.update(self._state, data)

    def digest(self):
        return _hashlib.digest(self._state)

    def hexdigest(self):
        return _hashlib.digest(self._state).hex()

    def copy(self):
        return HASH(self.name, _hashlib.copy(self._state))

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %#x>' % (self.name, id(self))


def new(name, data=b'', **kwargs):
    """Return a new hashing object using the named algorithm."""
    if not isinstance(name, str):
        raise TypeError('new() argument \'name\' must be str, not %s' % type(name).__name__)
    state = _hashlib.new(name.lower())
    if state is None:
        raise ValueError('unsupported hash type ' + name)
    h = HASH(name.lower(), state)
    if data:
        h.update(data)
    elif not isinstance(data, (bytes, bytearray, memoryview)):
        h.update(data)
    return h


def _constructor(name):
    def make(string=b'', *, usedforsecurity=True):
        return new(name, string)
    make.__name__ = 'openssl_' + name
    return make


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
