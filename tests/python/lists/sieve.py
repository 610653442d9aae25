# Sieve of Eratosthenes using lists of booleans.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            j = i * i
            while j <= n:
                is_prime[j] = False
                j += i
        i += 1
    primes = []
    for k in range(n + 1):
        if is_prime[k]:
            primes.append(k)
    return primes

p = sieve(100)
print(p)
print(len(p), p[-1], p[len(p) // 2])
big = sieve(20000)
print(len(big), big[-1], big[1000])
total = 0
for q in big:
    total += q
print("sum", total)
twins = 0
for i in range(1, len(big)):
    if big[i] - big[i - 1] == 2:
        twins += 1
print("twin pairs", twins)
gaps = [0] * 40
for i in range(40):
    gaps.append(0)
for i in range(1, len(big)):
    gaps[big[i] - big[i - 1]] += 1
print(gaps)
