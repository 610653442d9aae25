# itertools count/cycle/repeat (reprs), islice argument forms and errors, takewhile/dropwhile.
from itertools import count, cycle, repeat, islice, takewhile, dropwhile
c = count(5)
print(next(c), next(c), c, count(), count(1.5, 0.5), count(0, 2))
print(list(islice(count(1, 3), 4)), list(islice(cycle('ab'), 5)), list(repeat('z', 3)))
print(repeat(1), repeat('a', 2), list(repeat(0, -1)))
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)))
print(list(islice('abcdefg', 0, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice([], 3)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 5, 2)), next(it))
for args in [(-1,), (1, -2), (0, 5, 0), ('a',)]:
    try:
        islice('abc', *args)
    except ValueError as e:
        print('ValueError', e)
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(cycle([])), list(islice(cycle(iter('xy')), 5)))
try:
    cycle(5)
except TypeError as e:
    print('TypeError', e)
