"""Call-heavy recursion: naive Fibonacci, Takeuchi, Ackermann and a recursive permutation count."""


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y >= x:
        return z
    return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def count_perms(items, k):
    if k == 0:
        return 1
    total = 0
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        total += count_perms(rest, k - 1)
    return total


def main():
    print("fib(31) =", fib(31))
    print("tak(24, 16, 8) =", tak(24, 16, 8))
    print("ack(2, 300) =", ack(2, 300))
    print("perms =", count_perms(list(range(10)), 6))


# Repeated so that one run takes 0.5-3 s under python3.
for _ in range(3):
    main()
