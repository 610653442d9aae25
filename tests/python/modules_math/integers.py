# math: integer functions (factorial, comb, perm, gcd, lcm, isqrt, prod) with big ints,
# floor/ceil/trunc returning ints (also via __floor__/__ceil__/__trunc__), and their errors.
import math

print([math.factorial(n) for n in range(15)])
print(math.factorial(100))
print(len(str(math.factorial(2000))), math.factorial(2000) % 1000000007)
print([math.comb(10, k) for k in range(12)], math.comb(100, 50), math.comb(10**20, 3))
print([math.perm(6, k) for k in range(8)], math.perm(5), math.perm(5, None), math.perm(10**20, 2))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(0, 0))
print(math.gcd(2**100, 6**50), math.gcd(True, 4), math.gcd(-4, 6))
print(math.lcm(), math.lcm(4), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5))
print(math.lcm(2**70, 3**40), math.lcm(-4, 6))
print([math.isqrt(n) for n in range(20)], math.isqrt(10**40), math.isqrt(10**41), math.isqrt(2**127 - 1))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 30)), math.prod([2.5, 4]))
print(math.prod([1, 2], start=10), math.prod([True, True]), math.prod([2**40, 2**40, 3]))
print(math.prod([1.5, 2, 3.0]), math.prod(["ab", 3]), math.prod([[1], 2]))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum(x / 7 for x in range(100)), math.fsum([1e-16, 1, 1e16]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1]), math.fsum([math.nan, 1.0]))

for v in [2.5, -2.5, 2.0, -0.0, 1e20, -1e20, 7, -7, True, 10**30, 0.999999]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)

class Num:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
    def __trunc__(self):
        return 42
    def __float__(self):
        return 2.5

n = Num()
print(math.floor(n), math.ceil(n), math.trunc(n), math.sqrt(n), math.isfinite(n))

class Idx:
    def __index__(self):
        return 6

print(math.factorial(Idx()), math.gcd(Idx(), 4), math.isqrt(Idx()), math.comb(Idx(), 2), math.sqrt(Idx()))

cases = [
    ('math.factorial(-1)', lambda: math.factorial(-1)),
    ('math.factorial(5.0)', lambda: math.factorial(5.0)),
    ('math.factorial(1.5)', lambda: math.factorial(1.5)),
    ('math.factorial(10**30)', lambda: math.factorial(10**30)),
    ('math.comb(-1, 2)', lambda: math.comb(-1, 2)),
    ('math.comb(5, -1)', lambda: math.comb(5, -1)),
    ('math.perm(5, -2)', lambda: math.perm(5, -2)),
    ('math.comb(2)', lambda: math.comb(2)),
    ('math.perm(5.0)', lambda: math.perm(5.0)),
    ('math.comb(10**30, 10**20)', lambda: math.comb(10**30, 10**20)),
    ('math.isqrt(-1)', lambda: math.isqrt(-1)),
    ('math.isqrt(2.0)', lambda: math.isqrt(2.0)),
    ('math.gcd(1.5)', lambda: math.gcd(1.5)),
    ('math.lcm(2.0)', lambda: math.lcm(2.0)),
    ("math.gcd('a')", lambda: math.gcd('a')),
    ("math.trunc('a')", lambda: math.trunc('a')),
    ("math.floor('a')", lambda: math.floor('a')),
    ('math.floor(math.nan)', lambda: math.floor(math.nan)),
    ('math.ceil(math.inf)', lambda: math.ceil(math.inf)),
    ('math.trunc(math.nan)', lambda: math.trunc(math.nan)),
    ('math.floor(10**400 * 1.0)', lambda: math.floor(10**400 * 1.0)),
    ('math.fsum([math.inf, -math.inf])', lambda: math.fsum([math.inf, -math.inf])),
    ('math.fsum([1e308, 1e308])', lambda: math.fsum([1e308, 1e308])),
    ("math.fsum(['a'])", lambda: math.fsum(['a'])),
    ('math.fsum(5)', lambda: math.fsum(5)),
    ('math.prod()', lambda: math.prod()),
    ('math.prod(5)', lambda: math.prod(5)),
    ("math.frexp('x')", lambda: math.frexp('x')),
    ("math.erf('s')", lambda: math.erf('s')),
    ('math.ulp()', lambda: math.ulp()),
    ('math.floor(10**400)', lambda: math.floor(10**400)),
]
for expr, f in cases:
    try:
        r = f()
        print(expr, r if len(str(r)) < 50 else len(str(r)))
    except Exception as e:
        print(expr, type(e).__name__, e)
