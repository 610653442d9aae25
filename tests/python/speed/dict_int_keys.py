"""Dicts keyed by ints (whose hash is the int itself) past the small-table scan: lookups,
misses, deletions and re-insertions, equal keys of other types, and keys with equal hashes."""

d = {}
for i in range(0, 3000, 3):
    d[i] = i * i
print(len(d), sum(1 for i in range(3000) if i in d), d.get(2997), d.get(2998, "miss"))
for i in range(0, 3000, 6):
    del d[i]
print(len(d), list(d)[:5], 3 in d, 6 in d)
for i in range(0, 3000, 6):
    d[i] = -i
print(len(d), list(d)[-3:], d[6], d[9])

# Equal keys of other types and equal hashes that differ.
e = {1: "int", 2: "two", -1: "minus one", -2: "minus two", 2**61 - 1: "mersenne", 0: "zero"}
for i in range(100, 140):
    e[i] = i
e[1.0] = "float one"
e[True] = "true"
e[0.0] = "float zero"
print(e[1], e[0], e[-1], e[-2], hash(-1) == hash(-2), e[2**61 - 1], e.get(2**61 - 1 + (2**61 - 1)))
print(e.get(2**64), (2**64) in e, e.pop(-1), -1 in e, -2 in e)
big = {2**70 + i: i for i in range(40)}
print(big[2**70 + 39], (2**70) in big, 2**70 + 40 in big, len(big))
neg = {-i: i for i in range(50)}
print(neg[-49], neg[0], sorted(neg)[:3])

# Ints with the same low bits and different high bits.
f = {k << 40: k for k in range(64)}
f.update({(k << 40) + 1: -k for k in range(64)})
print(len(f), f[63 << 40], f[(5 << 40) + 1], (64 << 40) in f)
print(list(f.items())[60:68])

# A sieve like the generators workload.
comp = {}
primes = []
for n in range(2, 2000):
    p = comp.pop(n, None)
    if p is None:
        primes.append(n)
        comp[n * n] = n
    else:
        m = n + p
        while m in comp:
            m += p
        comp[m] = p
print(len(primes), primes[-3:], len(comp))
