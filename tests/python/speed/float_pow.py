"""float ** float on the eval loop's fast path (positive finite base, finite exponent) and the cases it leaves to the general path."""

cases = [
    (2.0, 0.5), (2.0, -1.5), (10.0, 308.0), (10.0, 309.0), (10.0, -400.0), (1.0, 1e308),
    (0.5, 2000.0), (1e-300, 2.0), (3.0, 2), (3, 0.5), (7, -1.5), (2.5, 0.0), (2.5, -0.0),
    (-8.0, 1.0 / 3), (-2.0, 3.0), (-2.0, 0.5), (0.0, 2.0), (0.0, -1.0), (-0.0, 3.0),
    (float("inf"), 2.0), (2.0, float("inf")), (0.5, float("-inf")), (float("nan"), 0.0),
    (2.0, float("nan")), (1.0, float("nan")), (1.5, 1500.5), (123456789.0, 0.001),
]
for x, y in cases:
    try:
        r = x ** y
        print(repr(x), repr(y), repr(r))
    except Exception as e:
        print(repr(x), repr(y), type(e).__name__, e)

acc = 0.0
for i in range(1, 2000):
    d = i * 0.01
    acc += d ** -1.5 + d ** 0.5 + (i % 7) ** 0.25
print(repr(acc))
