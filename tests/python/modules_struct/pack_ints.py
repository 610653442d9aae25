"""struct: integer codes in every byte order, round trips and range errors."""
import struct

for order in '@=<>!':
    for code in 'bBhHiIlLqQ':
        fmt = order + code
        size = struct.calcsize(fmt)
        signed = code.islower()
        lo = -(1 << (size * 8 - 1)) if signed else 0
        hi = (1 << (size * 8 - 1)) - 1 if signed else (1 << (size * 8)) - 1
        for v in (lo, hi, 0, 1, hi // 3):
            b = struct.pack(fmt, v)
            assert struct.unpack(fmt, b) == (v,), (fmt, v)
            print(fmt, v, b.hex())
        for v in (lo - 1, hi + 1, 2 ** 70, -2 ** 70, -1, 300, 2 ** 40, -2 ** 40):
            try:
                struct.pack(fmt, v)
                print(fmt, v, 'ok')
            except struct.error as e:
                print(fmt, v, 'error:', e)

for code in 'nNP':
    for v in (0, -1, 2 ** 63, 2 ** 64, -2 ** 63 - 1):
        try:
            print(code, v, struct.pack(code, v).hex())
        except struct.error as e:
            print(code, v, 'error:', e)


class Idx:
    def __index__(self):
        return 7


print(struct.pack('<i', Idx()), struct.pack('>H', True))
for bad in ('x', 1.5, None, [1]):
    try:
        struct.pack('i', bad)
    except struct.error as e:
        print(type(e).__name__, e)
print(struct.unpack('<q', b'\xff' * 8), struct.unpack('<Q', b'\xff' * 8))
print(struct.unpack('>i', b'\x80\x00\x00\x00'), struct.unpack('<hH', b'\xff\xff\xff\xff'))
