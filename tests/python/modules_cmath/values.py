"""cmath: results on ordinary, tiny, huge and near-one arguments (exact reprs)."""
import cmath

args = [0.5 + 0.5j, -3 + 4j, 1e-310 + 1e-310j, 1e308 + 1e308j, 0.99 + 0.1j, 1 + 1e-160j,
        -1e-5 - 2j, 2j, -2, 3.5, 710 + 1j, -800 + 3j, 1e200 - 1e200j, 1.0000001 + 0j,
        complex(0.7, 0.7), complex(1.2, -0.3), complex(-0.0, 1.0), complex(5e-324, 0)]
for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log',
             'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']:
    f = getattr(cmath, name)
    for z in args:
        try:
            print(name, z, f(z))
        except (ValueError, OverflowError) as e:
            print(name, z, type(e).__name__, e)
for z in args:
    print('phase', cmath.phase(z), 'polar', cmath.polar(z) if abs(z.real) < 1e300 else '-')
    print('isfinite', cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
for r, phi in [(2, cmath.pi / 2), (1, 0.0), (-1, -0.0), (3, -1.5), (0, 2), (1e308, 1)]:
    print('rect', r, phi, cmath.rect(r, phi))
for x, base in [(8, 2), (1000, 10), (0, 2), (-1, 10), (1j, 1j), (100, 1 + 1j), (2.5, 0.5)]:
    try:
        print('log', x, base, cmath.log(x, base))
    except ValueError as e:
        print('log', x, base, 'ValueError', e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2),
      cmath.isclose(0j, 1e-12j, abs_tol=1e-10), cmath.isclose(complex(cmath.inf, 0), complex(cmath.inf, 0)),
      cmath.isclose(complex(cmath.inf, 0), 1), cmath.isclose(cmath.nanj, cmath.nanj), cmath.isclose(a=1, b=1))
