# bool() of every kind of value, and bools as ints.
vals = [0, 1, -1, 2 ** 100, 0.0, -0.0, 1e-300, float("nan"), float("inf"), "", "0", " ",
        "False", [], [[]], [0], None, True, False]
for v in vals:
    print(repr(v), bool(v), end="; ")
print()
print(bool(), bool(bool(5)), type(bool(1)), bool(1) is True, bool(0) is False)
print(bool(1) + bool(2), bool([]) or "fallback", int(bool("x")), str(bool(0)))
print(isinstance(bool(1), int), isinstance(bool(1), bool), isinstance(1, bool))
t = True
f = False
print(t and f, t or f, not t, t == 1, f == 0, t + t + t, t * 7, t > f, f - t)
print(repr(t), str(f), [t, f], t & f, t | f, t ^ t, ~f)
