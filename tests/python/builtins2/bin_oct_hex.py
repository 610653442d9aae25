# bin, oct and hex of small, negative, big ints and bools
for n in [0, 1, -1, 7, 8, 255, -256, 2**64, -(2**100) + 1, True, False]:
    print(bin(n), oct(n), hex(n))
print(hex(0xdeadbeef), oct(0o777), bin(0b1010))
print(int(hex(12345), 16), int(bin(77), 2), int(oct(9), 8))
print(hex(1.5))
