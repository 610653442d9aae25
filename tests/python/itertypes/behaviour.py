# builtin iterator types behave as before: laziness, exhaustion, strict zip, errors
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
print(list(map(pow, [2, 3], [3, 2])), list(map(len, ['a', 'bb'])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, '', 'a', [], [0]])))
print(list(enumerate('abc')), list(enumerate('abc', start=10)), list(enumerate([], 5)))
print(list(zip('abc', range(10))), list(zip()), list(zip('ab', 'cd', 'ef')))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(0, 10, 3))))
e = enumerate(['x', 'y'])
print(iter(e) is e, next(e), next(e), next(e, 'done'))
for f in [lambda: map(), lambda: map(len), lambda: filter(None), lambda: enumerate(), lambda: enumerate(1),
          lambda: zip(1), lambda: reversed(5), lambda: reversed({1}), lambda: list(zip('ab', 'c', strict=True)),
          lambda: list(zip('a', 'bc', strict=True)), lambda: enumerate([], 'x'), lambda: next(map(str, []))]:
    try:
        print(f())
    except (TypeError, ValueError, StopIteration) as e:
        print(type(e).__name__, e)
