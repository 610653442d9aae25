# abs(), min() and max() with several arguments or one list; ties and mixed types.
print(abs(0), abs(-0), abs(5), abs(-5), abs(-2 ** 100), abs(2 ** 63), abs(-2 ** 63))
print(abs(-1.5), abs(1.5), abs(-0.0), abs(0.0), abs(float("-inf")), abs(True), abs(False))
print(min(3, 1, 2), max(3, 1, 2), min(1, 1.0), max(1, 1.0), min(1.0, 1), max(1.0, 1))
print(min([4, -2, 7]), max([4, -2, 7]), min([5]), max([5]), min("b", "a"), max(["x", "yy"]))
print(min(2 ** 64, 2 ** 63), max(-2 ** 64, -2 ** 63), max(1, 2.5, True), min(True, 0))
print(max(0, False), max(False, 0), min(0, False), min(False, 0))
print(min([[2], [1, 2], [1]]), max([[], [0]]), max("abc"), min("abc"), max("z"))
print(max(float("nan"), 1), max(1, float("nan")), min(float("nan"), 1), min(1, float("nan")))
print(max(-0.0, 0.0), max(0.0, -0.0), min(-0.0, 0.0), min(0.0, -0.0))
print(min(7, 3, 9, 3, 8), max(-1, -1.0), max(-1.0, -1), type(max(1, 2.0)), type(min(1, 2.0)))
vals = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
lo = vals[0]
hi = vals[0]
for v in vals:
    lo = min(lo, v)
    hi = max(hi, v)
print(lo, hi, min(vals), max(vals), lo == min(vals), abs(lo - hi))
