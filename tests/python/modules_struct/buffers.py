"""struct: unpack/unpack_from/pack_into/iter_unpack and their buffer and offset errors."""
import struct

data = bytes(range(16))
print(struct.unpack('<4i', data), struct.unpack('>4i', bytearray(data)), struct.unpack('<2q', memoryview(data)))
print(struct.unpack_from('<h', data, 3), struct.unpack_from('<h', data, offset=14),
      struct.unpack_from('<h', data, -2), struct.unpack_from('<h', buffer=data))
ba = bytearray(8)
struct.pack_into('<hh', ba, 2, 1, -1)
print(ba)
struct.pack_into('>i', ba, -4, 0x01020304)
print(ba)
mv = memoryview(bytearray(8))
struct.pack_into('<i', mv, 2, 7)
print(mv.tobytes())
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')))
it = struct.iter_unpack('>H', b'abcdef')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it))
tests = [
    lambda: struct.unpack('i', b'abc'),
    lambda: struct.unpack('i', 'abcd'),
    lambda: struct.unpack('h'),
    lambda: struct.unpack('h', b'ab', 1),
    lambda: struct.unpack_from('i', b'abcdef', 4),
    lambda: struct.unpack_from('i', b'abcdef', -10),
    lambda: struct.unpack_from('i', b'abcdef', -2),
    lambda: struct.unpack_from('h', b'ab', 'x'),
    lambda: struct.unpack_from('h'),
    lambda: struct.pack_into('i', bytearray(6), 4, 1),
    lambda: struct.pack_into('i', bytearray(6), -10, 1),
    lambda: struct.pack_into('i', bytearray(6), -2, 1),
    lambda: struct.pack_into('i', bytearray(6), 10, 1),
    lambda: struct.pack_into('i', b'abcdef', 0, 1),
    lambda: struct.pack_into('i', bytearray(6)),
    lambda: struct.pack_into('i'),
    lambda: struct.pack_into('i', bytearray(6), 0),
    lambda: struct.pack_into(),
    lambda: struct.pack(),
    lambda: struct.pack(1),
    lambda: struct.pack('ii', 1),
    lambda: struct.pack('i', 1, 2),
    lambda: struct.pack('x', 1),
    lambda: list(struct.iter_unpack('i', b'abcdef')),
    lambda: list(struct.iter_unpack('', b'abcdef')),
    lambda: struct.iter_unpack('h'),
    lambda: struct.iter_unpack('h', 'ab'),
]
for t in tests:
    try:
        print(t())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
