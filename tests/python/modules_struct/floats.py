"""struct: e/f/d codes: rounding, specials, signed zero, overflow errors."""
import math
import struct

vals = [0.0, -0.0, 1.0, -2.5, 0.1, 1e-8, 5.96e-8, 6.1e-5, 65504.0, 65519.0, 1e10, 1e300,
        3.4028235e38, 1e-320, float('inf'), float('-inf'), math.pi, 2.0 ** -24, 2.0 ** -25,
        3 * 2.0 ** -26]
for order in '<>@':
    for code in 'efd':
        fmt = order + code
        for v in vals:
            try:
                b = struct.pack(fmt, v)
                back = struct.unpack(fmt, b)[0]
                print(fmt, repr(v), b.hex(), repr(back), math.copysign(1, back))
            except (OverflowError, struct.error) as e:
                print(fmt, repr(v), type(e).__name__, e)
nan = struct.unpack('<d', struct.pack('<d', float('nan')))[0]
print(nan != nan, struct.pack('>e', float('nan')).hex(), struct.pack('>f', float('nan')).hex())
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('>e', b'\x7e\x00'), struct.unpack('<e', b'\x01\x00'))
print(struct.pack('d', 3), struct.pack('f', True))


class F:
    def __float__(self):
        return 2.5


print(struct.pack('<d', F()))
for bad in ('1.0', None, 2 ** 2000):
    try:
        struct.pack('d', bad)
    except struct.error as e:
        print(type(e).__name__, e)
