"""quantize and to_integral under every rounding mode, context precision and rounding, the
common arithmetic at several precisions, compared value by value."""
from decimal import (Decimal as D, getcontext, localcontext, Context, ROUND_UP, ROUND_DOWN,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
                     ROUND_HALF_EVEN, ROUND_05UP, InvalidOperation, Inexact)

modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
         ROUND_HALF_EVEN, ROUND_05UP]
values = ['1.005', '2.675', '-2.5', '2.5', '3.5', '-0.05', '0.045', '1.2345', '-1.2355',
          '9.995', '0.5', '-0.5', '1.05', '10.51', '123.4550', '0', '-0.000']
for m in modes:
    print(m, [str(D(v).quantize(D('0.01'), rounding=m)) for v in values])
    print(m, [str(D(v).to_integral_value(rounding=m)) for v in values])
    print(m, [str(D(v).quantize(D('1e1'), rounding=m)) for v in values])

for prec in (1, 3, 7, 12, 28):
    ctx = Context(prec=prec)
    print(prec, ctx.divide(D(1), D(7)), ctx.divide(D(2), D(3)), ctx.multiply(D('1.23456789'), D('9.87654321')),
          ctx.add(D('1e20'), D('1')), ctx.subtract(D('1'), D('1e-20')), ctx.power(D(2), D(100)),
          ctx.sqrt(D(2)), ctx.plus(D('123456789.987654321')))
    for m in modes:
        ctx.rounding = m
        print(' ', m, ctx.divide(D(-2), D(3)), ctx.create_decimal('12345678901234567890.5'))

c = getcontext()
c.clear_flags()
r = D(1) / D(3)
print(r, c.flags[Inexact], c.flags[InvalidOperation])
print(D('1.30').quantize(D('0.1')), D('1.35').quantize(D('0.1')), D('1e3').quantize(D(1)))
for bad in (lambda: D('1e30').quantize(D('0.01')), lambda: D('inf').quantize(D(1)),
            lambda: D(1).quantize(D('0.01'), rounding='x')):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
with localcontext() as ctx:
    ctx.traps[InvalidOperation] = False
    print(D('1e30').quantize(D('0.01')), D('inf').quantize(D(1)), ctx.flags[InvalidOperation])
print(D('7.123456').quantize(D('1.000'), context=Context(prec=3)) if False else 'skip')
print(D('12.3456').quantize(D('0.01'), ROUND_DOWN), D('-12.3456').quantize(D('0.01'), ROUND_FLOOR))
print(round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('2.567'), 2), round(D('2.5'), 0),
      round(D('1234.5'), -2))
