"""A generator pipeline: a fake sensor stream is read lazily, parsed, filtered, windowed
and aggregated stage by stage; coroutine-style generators receive values with send() and
report with return values through yield from. Exercises generators, itertools, closing,
throw(), generator expressions and StopIteration values."""

import itertools
import math


def sensor(seed, count):
    """A deterministic pseudo-random stream of 'name,value' lines."""
    state = seed
    names = ["temp", "hum", "wind"]
    for i in range(count):
        state = (state * 1103515245 + 12345) % 2 ** 31
        name = names[state % 3]
        value = (state >> 8) % 1000 / 10
        if i % 17 == 5:
            yield "corrupt-line"
        else:
            yield f"{name},{value}"


def parse(lines):
    for line in lines:
        name, sep, value = line.partition(",")
        if not sep:
            continue
        yield name, float(value)


def only(kind, records):
    return (v for name, v in records if name == kind)


def windows(values, size):
    it = iter(values)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def stats(chunk):
    mean = sum(chunk) / len(chunk)
    var = sum((x - mean) ** 2 for x in chunk) / len(chunk)
    return round(mean, 3), round(math.sqrt(var), 3), min(chunk), max(chunk)


def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count, average


def delegate(results):
    while True:
        results.append((yield from averager()))


for i, chunk in enumerate(windows(only("temp", parse(sensor(42, 120))), 8)):
    print(i, len(chunk), stats(chunk))

results = []
d = delegate(results)
next(d)
for v in [10, 20, 30, None, 5, 7, None]:
    d.send(v)
print("averages:", results)

counts = {}
for name, v in parse(sensor(7, 300)):
    counts[name] = counts.get(name, 0) + 1
print(sorted(counts.items()))

pairs = itertools.pairwise(v for _, v in parse(sensor(3, 20)))
rises = sum(1 for a, b in pairs if b > a)
print("rises:", rises)
acc = list(itertools.accumulate((v for _, v in parse(sensor(9, 10))), max))
print("running max:", acc)
grouped = itertools.groupby(sorted(parse(sensor(11, 30))), key=lambda r: r[0])
print({k: round(sum(v for _, v in g), 1) for k, g in grouped})


def ticker():
    n = 0
    try:
        while True:
            try:
                yield n
                n += 1
            except ValueError as e:
                print("ticker reset by", e)
                n = 0
    finally:
        print("ticker closed at", n)


t = ticker()
print([next(t) for _ in range(3)], t.throw(ValueError("boom")), next(t))
t.close()


def limited(gen, n):
    for i, x in enumerate(gen):
        if i >= n:
            return f"stopped after {n}"
        yield x


g = limited(itertools.count(100, 7), 4)
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as stop:
        print(out, stop.value)
        break
print(sum(x * x for x in range(10) if x % 3), any(x > 8 for x in range(10)), list(zip("ab", itertools.cycle([0, 1]))))
