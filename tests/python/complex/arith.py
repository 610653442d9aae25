# complex arithmetic with ints, floats and complex; powers; abs; division errors
a, b = 3+4j, 1-2j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a ** 0, a ** -1, a ** 0.5)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a - 1.5, 1.5 - a, True + a)
print(abs(a), abs(-3j), abs(complex(1e300, 1e300)) if False else 'skip', abs(0j))
print((1j) ** 2, 1j ** 1j, 2 ** 1j, (-1) ** 0.5, (-8) ** (1/3), 0j ** 0, 0j ** 2)
print((1+2j) ** 3, (1+1j) ** 100, (2+0j) ** 101, pow(1j, 2), pow(2, 1j))
print(sum([1j, 2, 3.5]), divmod(7, 2), 1j * 1j == -1)
z = 1+1j
z += 1
z *= 2j
z /= 2
print(z)
for f in [lambda: a / 0, lambda: a / 0j, lambda: 1 / 0j, lambda: 0j ** -1, lambda: 0j ** 1j,
          lambda: a // 2, lambda: a % 2, lambda: divmod(a, 2), lambda: a + 'x', lambda: a & 1,
          lambda: (1e200 + 1e200j) ** 2.5, lambda: 1j + 10 ** 400, lambda: abs(complex(1e308, 1e308))]:
    try:
        print(f())
    except (ZeroDivisionError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
