# product, permutations, combinations, combinations_with_replacement: order, r edge cases.
from itertools import product, permutations, combinations, combinations_with_replacement as cwr
print(list(product('ab', range(2))))
print(list(product(repeat=2)), list(product('ab', repeat=0)), len(list(product(range(3), repeat=3))))
print(list(permutations(range(3))))
print(list(permutations('abcd', 2)))
print(list(permutations('ab', 3)), list(permutations([], 0)), list(permutations('abc', 0)))
print(list(combinations('ABCD', 2)), list(combinations(range(4), 3)), list(combinations('ab', 5)))
print(list(cwr('ABC', 2)), list(cwr([], 2)), list(cwr('a', 0)))
print(sum(1 for _ in combinations(range(10), 4)), sum(1 for _ in permutations(range(6))))
for f, args in [(permutations, ('ab', -1)), (combinations, ('ab', -1)), (product, ('ab',))]:
    try:
        if f is product:
            product('ab', repeat=-1)
        else:
            f(*args)
    except ValueError as e:
        print('ValueError', e)
