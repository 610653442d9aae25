"""The CPU-bound job of the scaling benchmark: integer and float arithmetic, calls and a list."""


def step(acc, i):
    return (acc * 31 + i) % 1000003


def run(n=3000000):
    acc = 0
    xs = []
    for i in range(n):
        acc = step(acc, i)
        if i % 1000 == 0:
            xs.append(acc / 7.0)
    return acc + int(sum(xs))
