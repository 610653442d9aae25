# functools, itertools, operator, heapq, bisect and copy as ordinary programs use them.
import functools, itertools, operator, heapq, bisect, copy
print(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(lambda a, b: a * b, [], 1))
try: functools.reduce(operator.add, [])
except TypeError as e: print(e)
p = functools.partial(int, base=2); print(p("101"), p.func, p.args, p.keywords, repr(functools.partial(max, 1)))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info()); fib.cache_clear(); print(fib.cache_info())
@functools.cache
def sq(x): return x * x
print(sq(3), sq(3), sq.cache_info())
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def named(x):
    "doc here"
    return x
print(named.__name__, named.__doc__, named.__wrapped__.__name__)
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2))
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(list(itertools.chain([1], (2, 3))), list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.repeat("x", 3)))
print(list(itertools.permutations("abc", 2)), list(itertools.combinations(range(4), 3)), list(itertools.product("ab", repeat=2)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1,2,3], operator.mul, initial=10)))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.starmap(pow, [(2, 3)])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1,2,3,1])))
print(list(itertools.compress("abcd", [1, 0, 1])), list(itertools.filterfalse(None, [0, 1, 0, 2])), list(itertools.pairwise("abcd")), [list(t) for t in itertools.tee([1, 2], 2)], list(itertools.combinations_with_replacement("ab", 2)), list(itertools.cycle("ab").__next__() for _ in range(3)))
try: itertools.islice([1], -1)
except ValueError as e: print(e)
print(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3), operator.methodcaller("upper")("a"), operator.add(1, 2), operator.neg(3), operator.contains([1], 1), operator.getitem({1: 2}, 1), operator.index(5), operator.truediv(1, 2))
h = [5, 1, 8, 3]; heapq.heapify(h); print(h); heapq.heappush(h, 0); print(heapq.heappop(h), heapq.nlargest(2, h), heapq.nsmallest(2, h), heapq.heappushpop(h, 4), heapq.heapreplace(h, 9), h, list(heapq.merge([1, 4], [2, 3])))
try: heapq.heappop([])
except IndexError as e: print(e)
a = [1, 2, 4, 4, 8]; print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5)); bisect.insort(a, 3); print(a, bisect.bisect_left(a, 4, key=None))
l = [[1], {"a": [2]}]; s = copy.copy(l); dp = copy.deepcopy(l); l[0].append(9); print(s, dp)
class K:
    def __init__(s): s.x = [1]
    def __copy__(s): print("copying"); return K()
k = copy.copy(K()); print(copy.deepcopy(K()).x)
