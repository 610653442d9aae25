"""Three-argument pow with operands that are not all ints: CPython's error for each mix."""
cases = [
    (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), (2j, 3, 5), (2, 3j, 5), (2, 3, 5j),
    ((1,), 3, 5), (2, (1,), 5), (2, 3, (5,)), ("a", 2.0, 3), (2, "b", 3j),
    (True, 2, 3), (2, -1, 5), (2, 3, 0), (10 ** 30, 7, -13), (2, -1, 4),
]
for b, e, m in cases:
    try:
        print(repr(pow(b, e, m)))
    except Exception as exc:
        print(type(exc).__name__, exc)
