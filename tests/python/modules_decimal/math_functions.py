"""decimal exp, ln, log10, sqrt, power over many values and precisions (correctly rounded
results, as CPython's libmpdec), with the flags they raise."""
from decimal import Decimal as D, getcontext, localcontext, Context, Inexact, Rounded, \
    InvalidOperation, DivisionByZero, Overflow, ROUND_HALF_EVEN, ROUND_DOWN

values = ['0', '1', '2', '0.5', '10', '100', '1e-5', '123.456', '2.718281828459045',
          '0.001', '99999', '1e10', '-1', '-0.5', '3', '7.25', 'Infinity', '-Infinity',
          'NaN', '1e-100', '5e50']
for prec in (5, 16, 28, 40):
    with localcontext() as ctx:
        ctx.prec = prec
        ctx.traps[InvalidOperation] = False
        ctx.traps[DivisionByZero] = False
        ctx.traps[Overflow] = False
        for v in values:
            d = D(v)
            row = []
            for name in ('exp', 'ln', 'log10', 'sqrt'):
                ctx.clear_flags()
                r = getattr(d, name)()
                flags = ''.join(s.__name__[0] for s in (Inexact, Rounded, InvalidOperation,
                                                        DivisionByZero) if ctx.flags[s])
                row.append(f'{name}={r}[{flags}]')
            print(prec, v, ' '.join(row))

with localcontext(prec=30):
    for a, b in [('2', '0.5'), ('10', '-3'), ('1.1', '100'), ('0.5', '2.5'), ('9', '0.5'),
                 ('2', '64'), ('-2', '3'), ('1e5', '1e-5'), ('3', '1.5')]:
        print(a, b, D(a) ** D(b))
    print(D(2).exp(Context(prec=8)), D(10).ln(Context(prec=12, rounding=ROUND_DOWN)))
    print(D('0.1').logb(), D('123').logb(), D('1e-7').log10(), D(1000).log10())
print(D(1).exp(), D(2).ln(), D(10).log10(), D(2).sqrt(), getcontext().prec)
