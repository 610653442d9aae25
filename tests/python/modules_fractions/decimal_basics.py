# decimal basics: exact construction, context precision and rounding, quantize, formatting, comparisons/hash with int and float, signals and their messages.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, InvalidOperation, DivisionByZero, Context
import decimal
D = Decimal
print(D("0.1") + D("0.2"), D("0.1") + D("0.2") == D("0.3"), 0.1 + 0.2 == 0.3, repr(D("1.50")), D(10), D(-3), D("1e3"), D("1E+3") + 1, D("-0"), D(".5"), D("5."), D("  7 "))
print(D(0.1), D(1.5), D(-2.0), D(1e20), D(2**70), D("1_000.5"))
print(D("1.1") * D("3"), D("10") / D("4"), D("1") / D("3"), D("2") / D("3"), D("100") / D("10"), D("1.00") / D("3"), D("6") / D("2"), D("1.20") * D("2.5"))
print(D("7") // D("2"), D("-7") // D("2"), D("7") % D("3"), D("-7") % D("3"), divmod(D("7.5"), D("2")), D("2") ** 10, D("1.1") ** 2, D("2") ** -2, D("10") ** 0)
print(D("1.2345").quantize(D("0.01")), D("1.235").quantize(D("0.01")), D("1.245").quantize(D("0.01")), D("1.245").quantize(D("0.01"), rounding=ROUND_HALF_UP), D("2.675").quantize(D("1.00"), ROUND_HALF_UP), D("-1.5").quantize(D("1"), ROUND_DOWN), D("1.01").quantize(D("0.1"), rounding=ROUND_CEILING))
print(round(D("2.5")), round(D("3.5")), round(D("2.567"), 2), int(D("-7.9")), float(D("1.25")), D("3.14159").to_integral_value(), D("1.5").to_integral_value(ROUND_FLOOR))
print(D("2").sqrt(), D("16").sqrt(), D("0.25").sqrt(), D("1.44").sqrt(), D("100").normalize(), D("1.500").normalize(), D("0.000").normalize())
print(D("1e-7"), D("0.0000001"), D("0.000001"), D("123456789e10"), D("1.23E-10"), D("-1.5e+5"), D("1000000000000000000000000000000"), D(1) / D(7))
print(D("1.5") < D("2"), D("1.5") == 1.5, D("1") == 1, D(1) < 2, D("0.1") == 0.1, max(D("1"), D("2.5")), sorted([D("3"), D("1.5"), D("2")]), D("2.0") == D("2"))
print(hash(D("1.5")) == hash(1.5), hash(D(7)) == hash(7), hash(D("0.1")) == hash(0.1), {D("2"): "x"}[2])
print(D("nan"), D("-Infinity"), D("inf") + 1, D("sNaN"), D("NaN").is_nan(), D("Infinity").is_infinite(), D(5).is_zero(), D("1.23").as_tuple(), D("-0.00").as_tuple(), D("1.23").adjusted())
print(D("1.23").as_integer_ratio(), D((0, (1, 4, 1), -2)), D((1, (5,), 3)), D("12.5").copy_negate(), abs(D("-3.3")), -D("2"), +D("1.000"))
print(f"{D('1234.5678'):.2f}", f"{D('1234.5678'):,.2f}", f"{D('0.5'):%}", f"{D('1.5'):10}|", f"{D('-3.14159'):.3}", f"{D('1234.5'):e}", f"{D('1234.5'):.2e}", format(D("12.30"), ""), f"{D('42'):>8.1f}|")
getcontext().prec = 6
print(D(1) / D(7), D("123456789") + 0, D("1.2345678") * 1)
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 3
    print(D(1) / D(3), ctx.prec)
print(D(1) / D(3), getcontext().prec, getcontext().rounding)
with localcontext(prec=4, rounding=ROUND_DOWN):
    print(D(2) / D(3))
c = Context(prec=5, rounding=ROUND_HALF_UP); print(c.divide(D(1), D(8)), c.add(D("1.00001"), D("0.000004")), c.create_decimal("3.14159265"))
print(repr(getcontext())[:60])
for bad in [lambda: D("abc"), lambda: D(1) / 0, lambda: D(0) / D(0), lambda: D("1.5") + 1.5, lambda: D("1e10").quantize(D("1e-30")),
            lambda: int(D("nan")), lambda: int(D("inf")), lambda: D([1, 2]), lambda: D("-1").sqrt(), lambda: D(1) % 0, lambda: setattr(getcontext(), "prec", 0), lambda: D(1+2j)]:
    try: print(bad())
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
print(sum([D("0.10")] * 10), D("19.99") * 3, (D("19.99") * D("1.0825")).quantize(D("0.01"), ROUND_HALF_UP))
print(issubclass(decimal.DivisionByZero, ZeroDivisionError), isinstance(D(1), __import__("numbers").Number), D("3.0").same_quantum(D("1.1")), D("1.234").scaleb(2))
for bad in [lambda: 1.5 + D(1), lambda: D(1) * "x", lambda: "x" * D(2), lambda: D(2) ** 0.5, lambda: 2.0 ** D(2), lambda: D(1) - None, lambda: D(0) % 0, lambda: D(5) // 0, lambda: divmod(D(1), 0)]:
    try: print(bad())
    except Exception as e: print(type(e).__module__, type(e).__name__, e)
