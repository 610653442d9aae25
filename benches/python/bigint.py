"""Integer loops and big ints: pi digits by a spigot, factorials, Fibonacci and modular powers."""


def pi_digits(n):
    # Gibbons' unbounded spigot: every step multiplies and divides growing big ints.
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


def collatz_longest(limit):
    best, best_n = 0, 0
    for n in range(1, limit):
        steps = 0
        x = n
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x >>= 1
            steps += 1
        if steps > best:
            best, best_n = steps, n
    return best_n, best


def fib_big(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main():
    digits = pi_digits(1000)
    print("pi:", "".join(str(d) for d in digits[:30]), sum(digits))
    print("collatz:", collatz_longest(200000))
    f = fib_big(6000)
    print("fib bits:", f.bit_length(), f % 1000000007)
    fact = 1
    for i in range(2, 1500):
        fact *= i
    print("fact digits:", len(str(fact)), fact % 998244353)
    acc = 0
    for i in range(1, 40000):
        acc = (acc * 31 + pow(i, 65537, 1000003)) % (1 << 61)
    print("powmod:", acc)


main()
