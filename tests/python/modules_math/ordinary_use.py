# Ordinary math use: constants, the common functions, integer helpers and the errors of misuse.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
for f in [math.sqrt, math.log, math.exp, math.sin, math.cos, math.tan, math.floor, math.ceil, math.fabs, math.log10, math.log2, math.atan, math.trunc]:
    print(f.__name__, f(2.5))
print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.factorial(20), math.gcd(12, 18), math.lcm(4, 6))
print(math.comb(10, 3), math.perm(5, 2), math.isqrt(99), math.hypot(3, 4), math.dist((0,0),(3,4)))
print(math.isclose(0.1+0.2, 0.3), math.fsum([0.1]*10), sum([0.1]*10), math.prod([1,2,3,4]))
print(math.copysign(1, -0.0), math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.pow(2, 10))
print(math.isnan(math.nan), math.isinf(math.inf), math.isfinite(1.0), math.log(8, 2), math.log1p(1e-10), math.expm1(1e-10))
print(math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(7, 3), math.remainder(7, 3))
print(math.gamma(5), math.lgamma(10), math.erf(0.5), math.erfc(0.5), math.sinh(1), math.acosh(2), math.nextafter(1, 2), math.ulp(1.0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.exp(1000), lambda: math.acos(2), lambda: math.sqrt("x"), lambda: math.floor("a"), lambda: math.gcd(1.5, 2), lambda: math.comb(-1, 2), lambda: math.pow(0, -1), lambda: math.isqrt(-1), lambda: math.fmod(1, 0)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(math.floor(1e300) == int(1e300), math.trunc(-3.7), round(2.5), round(3.5), round(2.675, 2))
