# random: seeded sequences over thousands of draws must equal CPython's (Mersenne Twister,
# init_by_array seeding, 53-bit random(), getrandbits, randrange via _randbelow).
import random

for s in [0, 1, 42, 12345678901234567890, -7, 2**100 + 3, True]:
    random.seed(s)
    xs = [random.random() for _ in range(2000)]
    print(s, repr(sum(xs)), xs[:3], xs[-1])

random.seed(2024)
print([random.getrandbits(k) for k in [0, 1, 5, 31, 32, 33, 64, 65, 100, 257]])
print([random.randint(1, 6) for _ in range(60)])
print([random.randrange(10) for _ in range(30)], random.randrange(10**30))
print([random.randrange(3, 100, 7) for _ in range(20)], [random.randrange(50, 0, -3) for _ in range(10)])
total = 0
for i in range(5000):
    total = (total * 31 + random.randrange(1, 1000)) % 1000000007
print("randrange checksum", total)
print(random.randint(-10**20, 10**20), random.randrange(-5, 5))

for s in ["hello", "", "héllo wörld", "x" * 1000]:
    random.seed(s)
    print(repr(s[:10]), random.random(), random.randint(0, 10**9))
random.seed("abc", version=1)
print("v1", random.random())
random.seed(3.25)
print("float seed", random.random())
