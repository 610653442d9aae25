"""A numeric kernel: matrices as lists of lists (multiply, transpose, Gaussian elimination
with partial pivoting, determinant, inverse), statistics over an array('d') buffer packed
with struct, a Mandelbrot escape-count grid, complex roots with cmath, and the Newton
method. Exercises floats and their reprs, math/cmath/struct/array, and formatting."""

import cmath
import math
import struct
from array import array


def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def identity(n):
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def solve(a, b):
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if abs(m[pivot][col]) < 1e-12:
            raise ZeroDivisionError("singular matrix")
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def det(a):
    n = len(a)
    m = [row[:] for row in a]
    sign = 1.0
    result = 1.0
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if m[pivot][col] == 0:
            return 0.0
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            sign = -sign
        result *= m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n):
                m[r][c] -= f * m[col][c]
    return sign * result


def inverse(a):
    n = len(a)
    cols = [solve(a, [1.0 if i == j else 0.0 for i in range(n)]) for j in range(n)]
    return [list(r) for r in zip(*cols)]


A = [[4.0, -2.0, 1.0], [-2.0, 4.0, -2.0], [1.0, -2.0, 4.0]]
b = [11.0, -16.0, 17.0]
x = solve(A, b)
print("x =", [round(v, 12) for v in x])
print("det =", det(A), "det(I) =", det(identity(4)))
inv = inverse(A)
check = matmul(A, inv)
print("A*inv(A) ~ I:", all(abs(check[i][j] - (i == j)) < 1e-12 for i in range(3) for j in range(3)))
print("A^2 =", matmul(A, A))
try:
    solve([[1.0, 2.0], [2.0, 4.0]], [1.0, 2.0])
except ZeroDivisionError as e:
    print("error:", e)

samples = array("d", (math.sin(i / 3) * 10 + (i % 7) for i in range(64)))
packed = struct.pack(f"<{len(samples)}d", *samples)
restored = array("d", struct.unpack(f"<{len(samples)}d", packed))
print(len(packed), restored == samples, samples.itemsize)
n = len(samples)
mean = math.fsum(samples) / n
var = math.fsum((s - mean) ** 2 for s in samples) / (n - 1)
ordered = sorted(samples)
median = (ordered[n // 2 - 1] + ordered[n // 2]) / 2
print(f"mean={mean:.6f} sd={math.sqrt(var):.6f} median={median:.6f} min={ordered[0]:.4f} max={ordered[-1]:.4f}")
hist = [0] * 5
lo, hi = ordered[0], ordered[-1]
for s in samples:
    hist[min(4, int((s - lo) / (hi - lo) * 5))] += 1
print("histogram:", hist)
floats32 = array("f", samples[:4])
print("float32:", list(floats32), struct.unpack("<4f", floats32.tobytes()) == tuple(floats32))


def mandelbrot(w, h, iters=30):
    rows = []
    for j in range(h):
        row = ""
        for i in range(w):
            c = complex(-2.2 + 3.0 * i / w, -1.2 + 2.4 * j / h)
            z = 0j
            k = 0
            while abs(z) <= 2 and k < iters:
                z = z * z + c
                k += 1
            row += " .:-=+*#%@"[k * 9 // iters]
        rows.append(row)
    return rows


print("\n".join(mandelbrot(48, 16)))


def quadratic_roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (2, 0, 8), (1, 0, -2)]:
    r1, r2 = quadratic_roots(*coeffs)
    print(coeffs, r1, r2, cmath.isclose(r1 * r2, coeffs[2] / coeffs[0]))
print([cmath.rect(1, 2 * math.pi * k / 6) for k in range(3)])
print(cmath.polar(1 + 1j), cmath.exp(1j * math.pi), cmath.phase(-1 + 0j))


def newton(f, df, x0, tol=1e-13, limit=50):
    x = x0
    for i in range(limit):
        step = f(x) / df(x)
        x -= step
        if abs(step) < tol:
            return x, i + 1
    raise RuntimeError("no convergence")


print(newton(lambda v: v * v - 2, lambda v: 2 * v, 1.0))
print(newton(lambda v: math.cos(v) - v, lambda v: -math.sin(v) - 1, 1.0))
print(math.isclose(newton(lambda v: v ** 3 - 27, lambda v: 3 * v * v, 5.0)[0], 3.0))
