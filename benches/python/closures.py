"""Closures and higher-order functions: counters, composition, currying, map/filter/reduce."""


def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count
    return inc


def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed


def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


def reduce(f, items, init):
    acc = init
    for x in items:
        acc = f(acc, x)
    return acc


def memoize(f):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        r = f(n)
        cache[n] = r
        return r
    return wrapper


def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


def main():
    counters = [make_counter(k) for k in range(1, 11)]
    total = 0
    for _ in range(80000):
        for c in counters:
            total += c()
    print("counters:", total)

    f = compose(lambda x: x + 1, lambda x: x * 3, lambda x: x - 2)
    print("compose:", sum(f(i) for i in range(400000)))

    add3 = curry3(lambda a, b, c: a * 100 + b * 10 + c)
    print("curry:", sum(add3(i % 10)(i % 7)(i % 3) for i in range(250000)))

    nums = list(range(1, 300001))
    evens = list(filter(lambda x: x % 2 == 0, nums))
    sq = list(map(lambda x: x * x, evens))
    print("map/filter/reduce:", reduce(lambda a, b: (a + b) % 1000000007, sq, 0))

    @memoize
    def partitions(n):
        # number of partitions via pentagonal-number recurrence
        if n < 0:
            return 0
        if n == 0:
            return 1
        total = 0
        k = 1
        while True:
            g1 = k * (3 * k - 1) // 2
            if g1 > n:
                break
            g2 = k * (3 * k + 1) // 2
            sign = 1 if k % 2 else -1
            total += sign * (partitions(n - g1) + partitions(n - g2))
            k += 1
        return total
    for n in range(0, 1500, 50):
        partitions(n)  # fill the memo bottom-up so the recursion stays shallow
    print("partitions(1500) mod:", partitions(1500) % 1000000007)

    adders = make_adders(50)
    acc = 0
    for i in range(10000):
        for a in adders:
            acc = a(acc) & 0xFFFFFF
    print("adders:", acc)


# Repeated so that one run takes 0.5-3 s under python3.
for _ in range(3):
    main()
