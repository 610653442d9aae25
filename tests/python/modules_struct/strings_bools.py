"""struct: s, p, c, ? and x codes, counts and padding."""
import struct

print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.pack('0s', b'x'))
print(struct.pack('5p', b'ab'), struct.pack('2p', b'abcd'), struct.pack('0p', b'x'), struct.pack('p', b'x'))
print(struct.pack('300p', b'x' * 300)[:3], len(struct.pack('300p', b'x' * 300)))
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('3s', bytearray(b'abc')))
print(struct.pack('s', bytearray(b'q')), struct.pack('3c', b'a', b'b', b'c'))
print(struct.unpack('3c', b'xyz'), struct.unpack('2?', b'\x00\x05'))
print(struct.pack('?', []), struct.pack('?', [0]), struct.pack('??', 'a', ''), struct.pack('?', None))
print(struct.pack('2x'), struct.pack('b3xb', 1, 2), struct.unpack('b3xb', b'\x01\x00\x00\x00\x02'))
print(struct.pack('<i 2s h', 1, b'ok', 2), struct.pack(b'>h', 258))
for fmt, args in [('c', (b'ab',)), ('c', ('a',)), ('c', (1,)), ('s', ('a',)), ('p', (1,)),
                  ('3s', (memoryview(b'abc'),))]:
    try:
        print(struct.pack(fmt, *args))
    except struct.error as e:
        print(fmt, 'error:', e)
