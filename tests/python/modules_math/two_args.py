# math: two-argument functions (atan2, copysign, remainder, fmod, pow, nextafter, ldexp,
# hypot, dist, isclose, log with base) including special values and errors.
import math

xs = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 3.0, 1e300, 1e-300, math.inf, -math.inf, math.nan, 7, -3]
for name in ["atan2", "copysign", "remainder", "fmod", "pow", "nextafter"]:
    f = getattr(math, name)
    for x in xs:
        row = []
        for y in xs:
            try:
                row.append(repr(f(x, y)))
            except (ValueError, OverflowError, ZeroDivisionError) as e:
                row.append(type(e).__name__)
        print(name, x, " ".join(row))

for x, e in [(1.0, 10), (1.0, -1074), (1.0, -1075), (0.75, 1024), (1e308, 10), (-3.5, -2),
             (1.0, 10**100), (1.0, -10**100), (0.0, 5), (math.inf, -3)]:
    try:
        print("ldexp", x, e, math.ldexp(x, e))
    except OverflowError as err:
        print("ldexp", x, e, "OverflowError", err)

print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(-3, 4, 12))
print(math.hypot(1e-320, 1e-320), math.hypot(1e308, 1e308), math.hypot(math.inf, math.nan))
print(math.hypot(1.5, 2.5, 3.5, 4.5, 5.5), math.hypot(*range(1, 30)))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], (1, 1, 1)), math.dist((), ()))
print(math.dist((1.1, 2.2, 3.3), (-4.4, 5.5, -6.6)))
for a, b, kw in [(1.0, 1.0 + 1e-10, {}), (1.0, 1.1, {}), (1.0, 1.1, {"rel_tol": 0.2}),
                 (0.0, 1e-12, {}), (0.0, 1e-12, {"abs_tol": 1e-11}), (math.inf, math.inf, {}),
                 (math.inf, -math.inf, {}), (math.nan, math.nan, {})]:
    print("isclose", a, b, kw, math.isclose(a, b, **kw))
print(math.log(8, 2), math.log(100, 10), math.log(2**1000, 2), math.log(10**500), math.log10(10**400))
print(math.log2(2**2000), math.log(3**700, 3), math.log(True), math.log10(1000), math.log1p(-0.0))

cases = [
    ('math.isclose(1, 2, rel_tol=-1)', lambda: math.isclose(1, 2, rel_tol=-1)),
    ('math.log(10, 1)', lambda: math.log(10, 1)),
    ('math.log(1, 0)', lambda: math.log(1, 0)),
    ('math.log(0)', lambda: math.log(0)),
    ('math.log(-1)', lambda: math.log(-1)),
    ('math.log(-10**400)', lambda: math.log(-10**400)),
    ('math.pow(0, -1)', lambda: math.pow(0, -1)),
    ('math.pow(10, 1000)', lambda: math.pow(10, 1000)),
    ('math.pow(-8, 1/3)', lambda: math.pow(-8, 1/3)),
    ('math.fmod(1, 0)', lambda: math.fmod(1, 0)),
    ('math.fmod(math.inf, 1)', lambda: math.fmod(math.inf, 1)),
    ('math.remainder(1, 0)', lambda: math.remainder(1, 0)),
    ('math.atan2(1)', lambda: math.atan2(1)),
    ('math.copysign(1)', lambda: math.copysign(1)),
    ('math.nextafter(1)', lambda: math.nextafter(1)),
    ('math.ldexp(1.0, 1.5)', lambda: math.ldexp(1.0, 1.5)),
    ('math.dist((1,), (1, 2))', lambda: math.dist((1,), (1, 2))),
    ("math.hypot('a')", lambda: math.hypot('a')),
    ("math.sqrt('a')", lambda: math.sqrt('a')),
    ('math.sqrt(1, 2)', lambda: math.sqrt(1, 2)),
    ('math.sqrt()', lambda: math.sqrt()),
    ('math.log()', lambda: math.log()),
    ('math.log(1, 2, 3)', lambda: math.log(1, 2, 3)),
    ('math.exp(1000)', lambda: math.exp(1000)),
    ('math.sqrt(-1)', lambda: math.sqrt(-1)),
    ('math.acos(2)', lambda: math.acos(2)),
    ('math.atanh(1)', lambda: math.atanh(1)),
    ('math.sinh(1000)', lambda: math.sinh(1000)),
    ('math.gamma(0)', lambda: math.gamma(0)),
    ('math.gamma(-1)', lambda: math.gamma(-1)),
    ('math.gamma(172)', lambda: math.gamma(172)),
    ('math.lgamma(0)', lambda: math.lgamma(0)),
    ('math.lgamma(-2)', lambda: math.lgamma(-2)),
    ('math.sqrt(10**400)', lambda: math.sqrt(10**400)),
]
for expr, f in cases:
    try:
        print(expr, f())
    except Exception as e:
        print(expr, type(e).__name__, e)
