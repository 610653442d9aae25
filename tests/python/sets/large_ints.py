# Large ints (beyond 2**61 - 1 the hash wraps modulo the Mersenne prime) and bigints.
print({10**6, 10**9, 10**12, 7})
print({2**61 - 1, 2**61, 2**61 + 1, 2**62, 3})
print({2**64, 2**100, 2**200 + 5, 1})
print({123456789012345678901234567890, 98765432109876543210, 42})
print(hash(2**61 - 1), hash(2**61), hash(2**100))
