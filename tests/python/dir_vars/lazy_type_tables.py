"""Builtin types' methods are made on first use of the type: every way of reaching them
(attribute, vars(), dir(), __dict__, calls through the class) sees the complete table."""
print('upper' in vars(str), 'append' in list.__dict__, hasattr(int, 'from_bytes'))
print('keys' in dir(dict), 'union' in dir(frozenset), 'send' in dir((x for x in [])))
print(dict.fromkeys('ab'), int.from_bytes(b'\x01\x00', 'little'))
print(bytes.maketrans(b'a', b'b')[97], bytearray.fromhex('0a0b'), float.fromhex('0x1p3'))
print((3).real, (3).denominator, 2.5.imag, (1+2j).real, memoryview(b'ab').nbytes)
print(set.union({1}, {2}), frozenset.union(frozenset([1]), [3]), {1}.issubset({1, 2}))
print(str.upper('a'), list.__len__([1, 2]), tuple.count((1, 1), 1), 'a-b'.split('-'))
print(type.__call__(int, '7'), BaseException('x').args, callable(object.__init_subclass__))
try:
    str.upper(1)
except TypeError as e:
    print(e)
try:
    int.bit_length()
except TypeError as e:
    print(e)
class E(ValueError):
    pass
print(E('x').args, isinstance(E(), Exception), callable(property.setter))
