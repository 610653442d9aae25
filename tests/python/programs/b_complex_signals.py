"""Numeric kernels over complex numbers: a recursive FFT, polynomial multiplication through it,
roots of unity, a Mandelbrot set in ASCII, and Newton's method in the complex plane."""

import math


def fft(xs, invert=False):
    n = len(xs)
    if n == 1:
        return list(xs)
    even = fft(xs[0::2], invert)
    odd = fft(xs[1::2], invert)
    sign = 1 if invert else -1
    out = [0j] * n
    for k in range(n // 2):
        angle = sign * 2 * math.pi * k / n
        w = complex(math.cos(angle), math.sin(angle))
        out[k] = even[k] + w * odd[k]
        out[k + n // 2] = even[k] - w * odd[k]
    return out


def poly_mul(a, b):
    size = 1
    while size < len(a) + len(b):
        size *= 2
    fa = fft([complex(x) for x in a] + [0j] * (size - len(a)))
    fb = fft([complex(x) for x in b] + [0j] * (size - len(b)))
    prod = fft([x * y for x, y in zip(fa, fb)], invert=True)
    return [round(c.real / size) for c in prod[:len(a) + len(b) - 1]]


def fmt(z, digits=3):
    re = round(z.real, digits) + 0.0
    im = round(z.imag, digits) + 0.0
    return complex(re, im)


print(poly_mul([1, 2, 3], [4, 5]))
print(poly_mul([1, 1], [1, 1]), poly_mul([1] * 5, [1, -1]))
digits = poly_mul([9, 9, 9], [9, 9])
print(digits)

signal = [1, 0, -1, 0, 1, 0, -1, 0]
spectrum = fft(signal)
print([fmt(z) for z in spectrum])
print([round(abs(z), 6) for z in spectrum])
restored = [fmt(z / len(signal)) for z in fft(spectrum, invert=True)]
print(restored)

n = 6
roots = [complex(math.cos(2 * math.pi * k / n), math.sin(2 * math.pi * k / n)) for k in range(n)]
print([fmt(r) for r in roots])
print(fmt(sum(roots)), fmt(roots[1] ** 6), abs(roots[2]) == 1.0 or round(abs(roots[2]), 12))
prod = 1
for r in roots:
    prod *= r
print(fmt(prod), [fmt(r.conjugate()) for r in roots[:3]])


def mandelbrot(c, limit=30):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit


chars = ' .:-=+*#%@'
for row in range(11):
    y = 1.2 - row * 0.24
    line = ''
    for col in range(40):
        x = -2.1 + col * 0.07
        k = mandelbrot(complex(x, y))
        line += chars[min(k, len(chars) - 1)] if k < 30 else '@'
    print(line.rstrip())


def newton(f, df, z, steps=40):
    for _ in range(steps):
        d = df(z)
        if d == 0:
            raise ZeroDivisionError('flat derivative at %r' % (z,))
        nz = z - f(z) / d
        if abs(nz - z) < 1e-12:
            return nz
        z = nz
    return z


f = lambda z: z ** 3 - 1
df = lambda z: 3 * z ** 2
for start in [1 + 1j, -1 + 1j, -1 - 1j, 2j, 0.5]:
    print(start, '->', fmt(newton(f, df, start), 6))
try:
    newton(f, df, 0j)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(complex('1+2j') * 1j, (3 + 4j) / (1 - 2j), (1 + 1j) ** 8, abs(3 + 4j), (-1) ** 0.5)
print(sorted([3 + 4j, 1j, 2, -5], key=abs), max([1j, 3 + 0j, -2j], key=lambda z: z.imag))
