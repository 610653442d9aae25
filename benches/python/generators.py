"""Generators and comprehensions: lazy pipelines, prime sieves, nested comprehensions."""


def naturals(start):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x


def primes():
    # Incremental sieve: a dict of composites generated lazily.
    composites = {}
    for n in naturals(2):
        p = composites.pop(n, None)
        if p is None:
            yield n
            composites[n * n] = n
        else:
            m = n + p
            while m in composites:
                m += p
            composites[m] = p


def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def main():
    ps = list(take(30000, primes()))
    print("primes:", ps[-1], sum(ps))
    gaps = max(b - a for a, b in windows(ps, 2))
    print("max gap:", gaps)
    squares = [x * x for x in range(600000) if x % 3 != 0]
    print("squares:", len(squares), sum(squares) % 1000003)
    table = {x: [y for y in range(x % 7 + 1)] for x in range(60000)}
    print("table:", sum(len(v) for v in table.values()))
    matrix = [[(i * j) % 10 for j in range(120)] for i in range(120)]
    tr = [[row[i] for row in matrix] for i in range(120)]
    print("matrix:", sum(sum(r) for r in tr), tr[7][:5])
    nested = [[i, [i + 1, [i + 2, i + 3]]] for i in range(60000)]
    print("flatten:", sum(flatten(nested)))
    evens = {x for x in (a * b for a in range(300) for b in range(30)) if x % 2 == 0}
    print("set comp:", len(evens))
    total = sum(x for x in take(900000, naturals(1)) if x % 5 == 1)
    print("lazy sum:", total)


# Repeated so that one run takes 0.5-3 s under python3.
for _ in range(3):
    main()
