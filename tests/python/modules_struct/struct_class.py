"""struct.Struct: compiled formats, attributes and methods."""
import struct

s = struct.Struct('<ihd')
print(s.format, s.size, type(s).__name__, type(s).__module__)
b = s.pack(1, -2, 0.5)
print(b, s.unpack(b), s.unpack_from(b'\x00' + b, 1))
buf = bytearray(s.size + 2)
s.pack_into(buf, 2, 3, 4, 5.0)
print(buf, list(s.iter_unpack(b * 2)))
print(struct.Struct(b'>h').format, struct.Struct('i').size, struct.Struct('').size)
records = [(1, b'alice', 3.5), (2, b'bob', -1.25), (3, b'carol', 0.0)]
rec = struct.Struct('>H8sf')
blob = b''.join(rec.pack(*r) for r in records)
print(len(blob), blob.hex())
for i, name, score in rec.iter_unpack(blob):
    print(i, name.rstrip(b'\x00').decode(), score)
for make in (lambda: struct.Struct('z'), lambda: struct.Struct(1), lambda: s.pack(1),
             lambda: s.unpack(b'a'), lambda: s.pack_into(bytearray(20))):
    try:
        make()
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
