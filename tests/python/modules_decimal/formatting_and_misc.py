"""Decimal formatting (format specs, str/repr, eng strings), conversions, tuples, the
context repr, contexts in threads of code (localcontext), and the methods people use."""
import decimal
from decimal import Decimal as D, Context, getcontext, setcontext, localcontext, \
    BasicContext, ExtendedContext, DefaultContext

vals = ['0', '-0', '1', '-1.5', '1234567.891', '0.000123', '1e-10', '1.5e20', '-7.25E+3',
        '123456789012345678901234567890', 'inf', '-inf', 'nan', '0.1', '100', '1E+2']
specs = ['', 'f', '.2f', ',.2f', '10.3f', '<12.1f', '^12', '+.3e', 'e', '.0e', 'g', '.3g', '%',
         '.1%', '_', '012.2f', 'E', 'G', '.10g', ' ', '>+15,.4f']
for v in vals:
    d = D(v)
    out = []
    for s in specs:
        try:
            out.append(format(d, s))
        except (ValueError, TypeError) as e:
            out.append('!' + type(e).__name__)
    print(v, str(d), repr(d), d.to_eng_string(), out)
print(D('1234.5').to_eng_string(), D('1.23e7').to_eng_string(), D('-1.23e-8').to_eng_string())
print(D(3.14), D.from_float(0.1), D(10**30), D(-7), D(True) if False else D(1))
print(D('3.14').as_tuple(), D('-0.00').as_tuple(), D('inf').as_tuple(), D((1, (3, 1, 4), -2)))
print(D('1.5').as_integer_ratio(), D('-0.125').as_integer_ratio(), D(8).as_integer_ratio())
print(int(D('42.9')), int(D('-42.9')), float(D('0.1')), complex(D('2.5')), bool(D(0)), bool(D('0.0001')))
print(D('1.50').normalize(), D('0E+3').normalize(), D('100').normalize(), D('-0.00').normalize())
print(D('10').compare(D('2')), D('nan').compare(D(1)), D('2').max(D('3')), D('2').min(D('-3')),
      D(5).copy_sign(D(-1)), D('-3').copy_abs(), D('1.2').fma(D(2), D('0.1')))
print(D(7).remainder_near(D(4)), D(10) % D(3), D(-10) % D(3), D(-10) // D(3), divmod(D(17), D(5)))
print(D('1.23').adjusted(), D('123e5').adjusted(), D(1).is_signed(), D(-1).is_signed(),
      D('0.1').is_normal(), D('1e-999999').is_subnormal(), D(3).is_finite(), D('snan').is_snan())
print(D('123.456').scaleb(2), D('123.456').shift(2), D('1234').rotate(1), D(12).next_plus(),
      D(12).next_minus(), D(1).next_toward(D(2)), D('1.00').same_quantum(D('2.00')))
print(D(1010).logical_and(D(1100)), D(1010).logical_or(D(1100)), D(1010).logical_xor(D(1100)),
      D(101).logical_invert(Context(prec=5)), D('12.5').number_class(), D('-0').number_class(),
      D('inf').number_class(), D('nan').number_class(), D('1e-1000000').number_class())
print(D(1).compare_total(D('1.0')), D('1.0').compare_total(D(1)), D(3).radix(), D(2).canonical(),
      D('1.2').is_canonical(), D(5).conjugate(), D(5).real, D(5).imag)
print(repr(Context()), repr(BasicContext), repr(ExtendedContext))
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY,
      decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR, decimal.__version__)
print(D.__name__, D.__module__, D.__qualname__, repr(D), repr(Context), type(D(1)).__name__)
print(sorted([D('2.5'), D(1), D('-3'), D('1.0')]), sum([D('0.1')] * 3), max(D(1), 2.5), D(1) == 1.0)
print(hash(D('1.0')) == hash(1), hash(D('0.5')) == hash(0.5), {D(2): 'a'}[2])
ctx = getcontext().copy()
ctx.prec = 5
setcontext(ctx)
print(D(1) / D(3), getcontext().prec)
setcontext(DefaultContext)
print(D(1) / D(3))
ctx = Context(prec=6, Emax=99, Emin=-99, capitals=0, clamp=1)
print(ctx.create_decimal('1.2345678e200') if False else ctx.create_decimal('1.23456789E+5'), ctx)
import copy
import pickle
print(copy.copy(D('1.5')), copy.deepcopy(D('2.5')), pickle.loads(pickle.dumps(D('3.25'))))
