# math: elementary functions over a grid of values, compared bit for bit (repr) with CPython.
import math

vals = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 2.0, 3.7, -3.7, 10.0, 100.0, 1e-10, 1e10, 0.1, 0.9,
        1.5, 7, -7, 2**60, True]
names = ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh",
         "acosh", "atanh", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sqrt",
         "cbrt", "fabs", "erf", "erfc", "gamma", "lgamma", "degrees", "radians", "ulp",
         "isfinite", "isinf", "isnan", "floor", "ceil", "trunc", "frexp", "modf"]
for name in names:
    f = getattr(math, name)
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(name, " ".join(out))

for special in [math.inf, -math.inf, math.nan]:
    row = []
    for name in names:
        try:
            row.append(repr(getattr(math, name)(special)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(special, row)

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(repr(math.pi), type(math.e).__name__)
