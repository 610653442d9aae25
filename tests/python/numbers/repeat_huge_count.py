"""Sequence repetition by counts beyond 64 bits: OverflowError (either sign, empty sequences too)."""
for seq in [(1, 2), [1], "ab", b"x", (), ""]:
    for n in [2 ** 64, -(2 ** 64), 10 ** 30, 2 ** 63, -(2 ** 63)]:
        try:
            r = seq * n
            print(repr(r))
        except (OverflowError, MemoryError) as e:
            print(type(e).__name__, e)
