"""Arrays of numeric values (and unicode characters) with a fixed item type.

The items live in a list, checked and converted on the way in as CPython's `array` does
(with its OverflowError/TypeError messages); `tobytes`/`frombytes` go through `struct` with
the native sizes.
"""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8,
          'Q': 8, 'f': 4, 'd': 8}
_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1
_INT_MIN = -(1 << 31)
_INT_MAX = (1 << 31) - 1


def _index(v):
    if isinstance(v, int):
        return int(v)
    try:
        f = type(v).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__) from None
    return f(v)


def _signed(v, lo, hi, name):
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError('Python int too large to convert to C long')
    if v > hi:
        raise OverflowError('%s is greater than maximum' % name)
    if v < lo:
        raise OverflowError('%s is less than minimum' % name)


def _check_b(v):
    _signed(v, -32768, 32767, 'signed short integer')
    _signed(v, -128, 127, 'signed char')


def _check_B(v):
    _signed(v, 0, 255, 'unsigned byte integer')


def _check_h(v):
    _signed(v, -32768, 32767, 'signed short integer')


def _check_H(v):
    _signed(v, _INT_MIN, _INT_MAX, 'signed integer')
    _signed(v, 0, 65535, 'unsigned short')


def _check_i(v):
    _signed(v, _INT_MIN, _INT_MAX, 'signed integer')


def _check_l(v):
    _signed(v, _LONG_MIN, _LONG_MAX, '')


def _check_unsigned_long(v, hi, name):
    if v > _ULONG_MAX:
        raise OverflowError('Python int too large to convert to C unsigned long')
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v > hi:
        raise OverflowError('%s is greater than maximum' % name)


def _check_I(v):
    _check_unsigned_long(v, 0xFFFFFFFF, 'unsigned int')


def _check_L(v):
    _check_unsigned_long(v, _ULONG_MAX, 'unsigned long')


def _check_q(v):
    if v < _LONG_MIN or v > _LONG_MAX:
        raise OverflowError('int too big to convert')


def _check_Q(v):
    if v < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if v > _ULONG_MAX:
        raise OverflowError('int too big to convert')


_INT_CHECKS = {'b': _check_b, 'B': _check_B, 'h': _check_h, 'H': _check_H, 'i': _check_i,
               'I': _check_I, 'l': _check_l, 'L': _check_L, 'q': _check_q, 'Q': _check_Q}


def _real(v):
    if isinstance(v, float):
        return v
    if isinstance(v, int):
        return float(v)
    try:
        f = type(v).__float__
    except AttributeError:
        try:
            type(v).__index__
        except AttributeError:
            raise TypeError('must be real number, not %s' % type(v).__name__) from None
        return float(_index(v))
    return f(v)


def _f32(x):
    return _struct.unpack('f', _struct.pack('f', x))[0]


def _converter(typecode):
    """The function that checks and converts one item for this typecode."""
    check = _INT_CHECKS.get(typecode)
    if check is not None:
        def conv(v):
            v = _index(v)
            check(v)
            return v
        return conv
    if typecode == 'd':
        return _real
    if typecode == 'f':
        return lambda v: _f32(_real(v))

    def conv_u(v):
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    return conv_u


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    a bytes-like object, or iterable over elements of the appropriate type.
    """

    __module__ = 'array'
    __hash__ = None

    def __init__(self, *args):
        if not args:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if len(args) > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)' % len(args))
        typecode = args[0]
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s'
                            % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = typecode
        self._conv = _converter(typecode)
        self._items = []
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if typecode != 'u':
                    raise TypeError('cannot use a str to initialize an array with '
                                    "typecode '%s'" % typecode)
                self._items = list(init)
            elif isinstance(init, array):
                if (init._tc == 'u') != (typecode == 'u'):
                    raise TypeError('cannot use a unicode array to initialize an array with '
                                    "typecode '%s'" % typecode)
                self.extend(init._items)
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            else:
                self.extend(init)

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._tc

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _SIZES[self._tc]

    def _same(self, other, what):
        if not isinstance(other, array):
            raise TypeError(what % type(other).__name__)

    # -- sequence protocol --

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, v):
        return v in self._items

    def _new(self, items):
        a = array(self._tc)
        a._items = items
        return a

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            i = _index(i)
        except TypeError:
            raise TypeError('array indices must be integers') from None
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            if i.step is not None and i.step != 1:
                n = len(self._items[i])
                if len(v._items) != n:
                    raise ValueError('attempt to assign array of size %d to extended slice '
                                     'of size %d' % (len(v._items), n))
            self._items[i] = list(v._items)
            return
        try:
            i = _index(i)
        except TypeError:
            raise TypeError('array indices must be integers') from None
        v = self._conv(v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        try:
            i = _index(i)
        except TypeError:
            raise TypeError('array indices must be integers') from None
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    # -- operators --

    def __add__(self, other):
        self._same(other, 'can only append array (not "%s") to array')
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        self._same(other, 'can only extend array with array (not "%s")')
        self.extend(other)
        return self

    def __mul__(self, n):
        try:
            n = _index(n)
        except TypeError:
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__) from None
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items = self.__mul__(n)._items
        return self

    def _cmp(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return other._items

    def __eq__(self, other):
        o = self._cmp(other)
        return o if o is NotImplemented else self._items == o

    def __ne__(self, other):
        o = self._cmp(other)
        return o if o is NotImplemented else self._items != o

    def __lt__(self, other):
        o = self._cmp(other)
        return o if o is NotImplemented else self._items < o

    def __le__(self, other):
        o = self._cmp(other)
        return o if o is NotImplemented else self._items <= o

    def __gt__(self, other):
        o = self._cmp(other)
        return o if o is NotImplemented else self._items > o

    def __ge__(self, other):
        o = self._cmp(other)
        return o if o is NotImplemented else self._items >= o

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._tc
        if self._tc == 'u':
            return 'array(%r, %r)' % (self._tc, ''.join(self._items))
        return 'array(%r, %r)' % (self._tc, self._items)

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __bytes__(self):
        return self.tobytes()

    # -- methods --

    def append(self, v):
        """Append new value v to the end of the array."""
        self._items.append(self._conv(v))

    def extend(self, iterable):
        """Append items to the end of the array."""
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        conv = self._conv
        items = self._items
        for v in iterable:
            items.append(conv(v))

    def insert(self, i, v):
        """Insert a new item v into the array before position i."""
        i = _index(i)
        self._items.insert(i, self._conv(v))

    def pop(self, i=-1):
        """Return the i-th element and delete it from the array."""
        i = _index(i)
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        """Remove the first occurrence of v in the array."""
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=_LONG_MAX):
        """Return index of first occurrence of v in the array."""
        try:
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, *args):
        """Return number of occurrences of v in the array."""
        if len(args) != 1:
            raise TypeError('array.count() takes exactly one argument (%d given)' % len(args))
        return self._items.count(args[0])

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def byteswap(self, *args):
        """Byteswap all items of the array."""
        if args:
            raise TypeError('array.byteswap() takes no arguments (%d given)' % len(args))
        if self._tc == 'u':
            raise RuntimeError("don't know how to byteswap this array type")
        size = _SIZES[self._tc]
        data = self.tobytes()
        swapped = b''.join(data[k:k + size][::-1] for k in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address and length."""
        return (id(self._items), len(self._items))

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes."""
        if self._tc == 'u':
            return _struct.pack('<%dI' % len(self._items), *[ord(c) for c in self._items])
        return _struct.pack('%d%s' % (len(self._items), self._tc), *self._items)

    def frombytes(self, data):
        """Appends items from the bytes, interpreting it as an array of machine values."""
        data = bytes(memoryview(data)) if not isinstance(data, bytes) else data
        size = _SIZES[self._tc]
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        if self._tc == 'u':
            self._items.extend(chr(c) for c in _struct.unpack('<%dI' % (len(data) // 4), data))
        else:
            self._items.extend(_struct.unpack('%d%s' % (len(data) // size, self._tc), data))

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, items):
        """Append items to array from list."""
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        new = [self._conv(v) for v in items]
        self._items.extend(new)

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(s).__name__)
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def tofile(self, f):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromfile(self, f, n):
        """Read n objects from the file object f and append them to the end of the array."""
        size = _SIZES[self._tc]
        data = f.read(n * size)
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) < n * size:
            raise EOFError('read() didn\'t return enough bytes')


ArrayType = array
