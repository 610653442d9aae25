# Converting numbers to binary/hex strings by hand and back, including big and negative ints.
def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = ""
    if n < 0:
        sign = "-"
        n = -n
    out = ""
    while n > 0:
        out = digits[n % base] + out
        n = n // base
    return sign + out

def from_base(s, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    value = 0
    for ch in s:
        d = 0
        while digits[d] != ch:
            d += 1
        value = value * base + d
    return value

def popcount(n):
    count = 0
    while n:
        count += n & 1
        n >>= 1
    return count

for n in [0, 1, 2, 5, 10, 255, 256, 1023, -1, -6, 2 ** 64, 2 ** 64 - 1, -(2 ** 70) + 3]:
    b = to_base(n, 2)
    print(n, b, len(b), to_base(n, 16), to_base(n, 36), sep=" : ")
for n in [0, 7, 2 ** 100, 12345678901234567890]:
    b = to_base(n, 2)
    print(from_base(b, 2) == n, int(b, 2) == n, popcount(n), from_base(to_base(n, 36), 36) == n)
print(int(to_base(2 ** 80 + 5, 16), 16) - 2 ** 80, int("-" + to_base(99, 7), 7))
mask = ""
for i in range(8):
    bit = (178 >> (7 - i)) & 1
    mask = mask + str(bit)
print(mask, int(mask, 2), from_base("zz", 36), to_base(-255, 16))
