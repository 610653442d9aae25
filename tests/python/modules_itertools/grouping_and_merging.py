# chain/from_iterable, accumulate, compress, filterfalse, groupby, pairwise, starmap, tee,
# zip_longest.
import operator
from itertools import (chain, accumulate, compress, filterfalse, groupby, pairwise, starmap,
                       tee, zip_longest)
print(list(chain('ab', [1, 2], ())), list(chain.from_iterable(['xy', 'z'])), list(chain()))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3, 4], operator.mul)),
      list(accumulate([1, 2], initial=100)), list(accumulate([])), list(accumulate([5, 1, 7], max)))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 2, range(10))),
      list(filterfalse(None, [0, 1, '', 'a'])))
for k, g in groupby('AAAABBBCCDAABBB'):
    print(k, ''.join(g), end='; ')
print()
data = [('a', 1), ('a', 2), ('b', 3), ('a', 4)]
print([(k, [v for _, v in g]) for k, g in groupby(data, key=operator.itemgetter(0))])
groups = groupby('aabb')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print(list(pairwise('abcd')), list(pairwise('a')), list(starmap(pow, [(2, 5), (3, 2)])))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(a), list(b), len(tee('x', 3)), tee('x', 0))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest('a', 'bc', [1, 2, 3])),
      list(zip_longest()))
