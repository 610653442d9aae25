"""cmath: every function on the grid of special values (infinities, nans, signed zeros)."""
import cmath
import math

vals = [-math.inf, -2.3, -1.0, -0.0, 0.0, 1.0, 2.3, math.inf, math.nan]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log',
         'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']


def show(x):
    return '%r%s' % (x, '-' if math.copysign(1, x) < 0 and x == x else '')


for name in names:
    f = getattr(cmath, name)
    for a in vals:
        row = []
        for b in vals:
            try:
                r = f(complex(a, b))
                row.append('%s,%s' % (show(r.real), show(r.imag)))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__[:5])
        print(name, show(a), ' '.join(row))
for a in vals:
    row = []
    for b in vals:
        try:
            r = cmath.rect(a, b)
            row.append('%s,%s' % (show(r.real), show(r.imag)))
        except ValueError as e:
            row.append('VE')
    print('rect', show(a), ' '.join(row))
