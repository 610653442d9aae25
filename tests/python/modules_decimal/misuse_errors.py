"""Errors of common decimal misuse: conversions, context attributes, trapped signals (raised
with the list of conditions), rounding and format arguments, as CPython's C decimal says."""
from decimal import *
import decimal
D = Decimal
c = getcontext()
cases = [lambda: D(None), lambda: D(1+2j), lambda: D([1,2]), lambda: D((0,(1,),'x')), lambda: D((2,(1,),1)),
         lambda: D((0,(10,),1)), lambda: D(object()), lambda: int(D('nan')), lambda: int(D('-inf')), lambda: float(D('snan')),
         lambda: setattr(c, 'prec', 0), lambda: setattr(c, 'prec', 'x'), lambda: setattr(c, 'Emax', -1), lambda: setattr(c, 'Emin', 1),
         lambda: setattr(c, 'rounding', 'bogus'), lambda: setattr(c, 'capitals', 2), lambda: setattr(c, 'clamp', 3), lambda: setattr(c, 'foo', 1),
         lambda: Context(prec=-1), lambda: D(1).quantize(2.5), lambda: D('1.5').to_integral(rounding='x'),
         lambda: round(D('nan')), lambda: round(D('inf'), 2), lambda: D(1) < 'x', lambda: D('nan') < 1, lambda: D(2).sqrt(3),
         lambda: D(1).exp(context=5), lambda: c.add(1.5, 2), lambda: c.divide(1, 0), lambda: D(1).__round__('x'),
         lambda: D('1e999999') * 10, lambda: D('1e-999999') / 10**30, lambda: D(2) ** D('0.5'), lambda: D(-2) ** D('0.5'), lambda: D(0) ** 0,
         lambda: D(10) ** 10**10, lambda: D('sNaN') + 1, lambda: D('-1').ln(), lambda: D(0).log10(), lambda: D('-5').log10(),
         lambda: divmod(D(0), 0), lambda: D(1).fma(2, 'x'), lambda: hash(D('snan')), lambda: D('1.5').as_integer_ratio() and D('inf').as_integer_ratio(),
         lambda: D('nan').as_integer_ratio(), lambda: D(1).is_normal(5), lambda: localcontext(prec='x'), lambda: localcontext(bad=1),
         lambda: Context(flags=[1]), lambda: Context(traps=[Inexact, 5]), lambda: D(1).logical_and(D(2)), lambda: D(1).logical_and(D('1.5')),
         lambda: D('1.5').rotate(1), lambda: D(5).shift(100), lambda: D(3).scaleb(D('1.5')), lambda: format(D(1), 'z'), lambda: format(D(1), '.2x'),
         lambda: D.from_float('x'), lambda: D(1).compare_total(1.5), lambda: D('1') + D('1e999999999'),
         lambda: Decimal(1).__pow__(2, 3.5), lambda: pow(D(3), 4, 0), lambda: pow(D(3), D('1.5'), 5),
         ]
for i, f in enumerate(cases):
    c = getcontext()
    try:
        r = f()
        print(i, 'ok', repr(r))
    except Exception as e:
        print(i, type(e).__module__, type(e).__name__, e)
    setcontext(Context())
