"""cmath: argument conversion (__complex__, __float__, __index__) and errors of misuse."""
import cmath


class C:
    def __complex__(self):
        return 1 + 2j


class F:
    def __float__(self):
        return 2.0


class I:
    def __index__(self):
        return 9


class BadC:
    def __complex__(self):
        return 1


print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(4), cmath.sqrt(True), cmath.exp(-0.0))
tests = [
    lambda: cmath.sqrt('x'), lambda: cmath.sqrt(None), lambda: cmath.sqrt(BadC()),
    lambda: cmath.sqrt(10 ** 400), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2),
    lambda: cmath.log(1, 2, 3), lambda: cmath.log('x'), lambda: cmath.log(2, 'x'),
    lambda: cmath.rect('x', 1), lambda: cmath.rect(1), lambda: cmath.rect(1j, 1),
    lambda: cmath.isclose(1, 2, 3), lambda: cmath.isclose(1, 2, rel_tol=-1),
    lambda: cmath.isclose(1), lambda: cmath.polar(complex(1.7e308, 1.7e308)),
    lambda: cmath.log(0), lambda: cmath.log(1, 1), lambda: cmath.log(8, 0),
    lambda: cmath.atanh(1), lambda: cmath.atanh(-1), lambda: cmath.exp(1000),
    lambda: cmath.cosh(1000 + 1j), lambda: cmath.sin(1000j), lambda: cmath.exp(complex(0, cmath.inf)),
    lambda: cmath.log10(0j), lambda: cmath.phase('1'),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
