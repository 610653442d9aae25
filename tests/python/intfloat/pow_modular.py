"""Three-argument pow on machine-size and big ints: signs of base and modulus, zero and
one moduli, negative exponents (modular inverse), bools, and the errors."""
cases = [
    (2, 10, 1000), (3, 65537, 1000003), (-3, 5, 7), (3, 5, -7), (-3, 5, -7),
    (0, 0, 5), (5, 0, 1), (5, 3, -1), (7, 1, 2**62), (2**63 - 1, 2**63 - 1, 2**63 - 1),
    (-(2**63), 3, 2**63 - 1), (12345, 2**40, -(2**63)), (10, 20, 2**64 + 13),
    (True, 5, 3), (5, True, 3), (2**100, 3, 97), (3, -1, 7), (-2, -3, 11), (2, -1, -5),
]
for b, e, m in cases:
    print(b, e, m, "->", pow(b, e, m))

acc = 0
for i in range(1, 2000):
    acc = (acc * 31 + pow(i, 65537, 1000003)) % (1 << 61)
print(acc)

for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3, 5.0), (2, 3, "5")]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
