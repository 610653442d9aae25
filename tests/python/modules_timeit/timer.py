# timeit: Timer/timeit/repeat/autorange with string and callable statements (counts, not times)
import timeit

calls = []
t = timeit.Timer('x.append(1)', setup='x = []', globals={})
print(type(t.timeit(100)).__name__, len(t.repeat(3, 10)))
timeit.timeit(lambda: calls.append(1), number=25)
print(len(calls))
ns = {'data': []}
timeit.timeit('data.append(n)', setup='n = 7', number=5, globals=ns)
print(ns['data'])
print(len(timeit.repeat('pass', repeat=4, number=3)))
seen = []
number, taken = timeit.Timer('sum(range(100))').autorange(lambda n, t: seen.append(n))
print(number == seen[-1], seen[:3], taken >= 0.2)
counter = iter(range(1000))
fake = timeit.Timer('pass', timer=lambda: next(counter))
print(fake.timeit(10), fake.repeat(2, 1))
for bad in (lambda: timeit.Timer(5), lambda: timeit.Timer('pass', setup=5), lambda: timeit.Timer('if')):
    try:
        bad()
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__)
print(timeit.default_timer is __import__('time').perf_counter)
