# int methods and data attributes: bit_length, bit_count, to_bytes/from_bytes, ratios
for n in [0, 1, -1, 5, -10, 255, 256, 2**64, -(2**100) + 7, True]:
    print(n, n.bit_length(), n.bit_count(), n.real, n.imag, n.numerator, n.denominator,
          n.conjugate(), n.as_integer_ratio())
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (5).to_bytes(), (0).to_bytes(3, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True), (127).to_bytes(1, 'big', signed=True))
print((2**70).to_bytes(10, byteorder='big'), (65).to_bytes(length=1, byteorder='little'))
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'\xff', 'big', signed=True))
print(int.from_bytes([1, 0, 0], 'big'), int.from_bytes(bytearray(b'\x80\x00'), 'big', signed=True), int.from_bytes(b''))
print(int.from_bytes(b'\x01\x02', byteorder='little', signed=False), type(True.real), (7).__index__())
for f in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
          lambda: (1).to_bytes(1, 'middle'), lambda: (1).to_bytes(-1, 'big'), lambda: int.from_bytes('ab', 'big'),
          lambda: (1).bit_length(2), lambda: (-129).to_bytes(1, 'big', signed=True)]:
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
