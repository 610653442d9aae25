"""A matrix class with operator overloading, fractions, and Gaussian elimination."""
from fractions import Fraction
from functools import reduce
from itertools import product
import operator


class ShapeError(ValueError):
    pass


class Matrix:
    __slots__ = ("rows", "n", "m")

    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ShapeError("rows must be non-empty and of equal length")
        self.rows = rows
        self.n, self.m = len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m=None):
        return cls([[0] * (m or n) for _ in range(n)])

    @property
    def shape(self):
        return (self.n, self.m)

    def __getitem__(self, ij):
        if isinstance(ij, tuple):
            i, j = ij
            return self.rows[i][j]
        return tuple(self.rows[ij])

    def __setitem__(self, ij, value):
        i, j = ij
        self.rows[i][j] = value

    def __iter__(self):
        return (tuple(r) for r in self.rows)

    def __len__(self):
        return self.n

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    __hash__ = None

    def _zip(self, other, op):
        if not isinstance(other, Matrix):
            return Matrix([[op(x, other) for x in r] for r in self.rows])
        if self.shape != other.shape:
            raise ShapeError(f"shape mismatch: {self.shape} vs {other.shape}")
        return Matrix([[op(a, b) for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __add__(self, other):
        return self._zip(other, operator.add)

    def __radd__(self, other):
        return self + other

    def __sub__(self, other):
        return self._zip(other, operator.sub)

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            raise TypeError("use @ for matrix products")
        return self._zip(k, operator.mul)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return self._zip(Fraction(1) / k if isinstance(k, int) else 1 / k, operator.mul)

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.m != other.n:
            raise ShapeError(f"cannot multiply {self.n}x{self.m} by {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        if self.n != self.m:
            raise ShapeError("only square matrices have powers")
        if k < 0:
            return self.inverse() ** -k
        result, base = Matrix.identity(self.n), self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    @property
    def T(self):
        return Matrix(zip(*self.rows))

    def determinant(self):
        if self.n != self.m:
            raise ShapeError("determinant needs a square matrix")
        a = [[Fraction(x) for x in r] for r in self.rows]
        det = Fraction(1)
        for col in range(self.n):
            pivot = next((r for r in range(col, self.n) if a[r][col] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det *= a[col][col]
            for r in range(col + 1, self.n):
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return det

    def inverse(self):
        n = self.n
        if self.determinant() == 0:
            raise ZeroDivisionError("matrix is singular")
        a = [[Fraction(x) for x in r] + [Fraction(int(i == j)) for j in range(n)]
             for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = next(r for r in range(col, n) if a[r][col] != 0)
            a[col], a[pivot] = a[pivot], a[col]
            p = a[col][col]
            a[col] = [x / p for x in a[col]]
            for r in range(n):
                if r != col and a[r][col]:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Matrix([r[n:] for r in a])

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(width) for c in r) + "]" for r in cells)

    def __format__(self, spec):
        if not spec:
            return str(self)
        return "\n".join(" ".join(format(float(x), spec) for x in r) for r in self.rows)

    def __bool__(self):
        return any(any(r) for r in self.rows)


A = Matrix([[2, 1], [1, 3]])
B = Matrix([[1, 2], [3, 4]])
print(A + B, A - B, -A, 3 * A, A * 2, sep="\n--\n")
print(A @ B)
print(repr(A @ Matrix.identity(2)), A @ Matrix.identity(2) == A, A != B)
print(A.T, B.shape, len(B), B[1], B[0, 1], list(B))
print(A.determinant(), B.determinant(), Matrix.identity(4).determinant())
inv = A.inverse()
print(inv)
print(inv @ A == Matrix.identity(2), A ** 3, A ** -1 == inv)
print(f"{B / 3:.3f}")
print(sum([A, B, A]), bool(Matrix.zeros(2)), bool(A))
M = Matrix.zeros(3)
for i, j in product(range(3), repeat=2):
    M[i, j] = (i + 1) * (j + 2) % 5
print(M, "det =", M.determinant())
fib = Matrix([[1, 1], [1, 0]]) ** 90
print("fib(90) =", fib[0, 1])
chain = reduce(operator.matmul, [A, B, A.T, B.T])
print(chain)
errors = [
    lambda: Matrix([[1, 2], [3]]),
    lambda: A + Matrix([[1, 2, 3], [4, 5, 6]]),
    lambda: A @ Matrix([[1, 2, 3]]),
    lambda: A * B,
    lambda: Matrix([[1, 2], [2, 4]]).inverse(),
    lambda: Matrix([[1, 2, 3], [4, 5, 6]]) ** 2,
    lambda: {A: 1},
    lambda: A @ 5,
    lambda: A < B,
]
for f in errors:
    try:
        f()
    except (ShapeError, TypeError, ZeroDivisionError) as e:
        print(f"{type(e).__name__}: {e}")
print(isinstance(ShapeError("x"), ValueError), Matrix.__slots__, hasattr(A, "__dict__"))
