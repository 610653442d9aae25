# float methods: is_integer, hex/fromhex, as_integer_ratio, real/imag/conjugate
for x in [0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 2.0 ** 60, float('inf'), float('-inf')]:
    print(x, x.is_integer(), x.hex(), x.real, x.imag, x.conjugate())
for x in [0.5, 0.1, -2.75, 3.0, 1e-3, 2.0 ** 100]:
    print(x.as_integer_ratio())
for s in ['0x1.8p1', '0x10', '-0x1p-2', 'inf', '-Infinity', 'nan', '0x1.fffffffffffffp+1023', ' 0x1p0 ']:
    print(repr(s), float.fromhex(s))
print(float('inf'), float('-inf'), float('nan'), float(' 1e3 '), float('1_000.5'), float('-0'))
print(float.fromhex((3.14).hex()) == 3.14, (1.0).hex(), float('infinity'), float('NaN') != float('nan'))
for f in [lambda: float('inf').as_integer_ratio(), lambda: float('nan').as_integer_ratio(),
          lambda: float.fromhex('zz'), lambda: float.fromhex('0x1p99999'), lambda: float('abc'),
          lambda: (1.5).is_integer(1)]:
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
