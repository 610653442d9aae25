"""range: slicing gives a range (CPython's start/stop/step), with negative steps, empty
results, huge ranges, and errors of bad slice parts."""
r = range(10)
for s in [slice(2, 5), slice(None, None, 2), slice(None, None, -1), slice(5, 2), slice(-3, None),
          slice(1, -1, 3), slice(100, 200), slice(-100, 3), slice(8, 1, -2), slice(None, None, -3)]:
    print(s, r[s], list(r[s]))
r2 = range(5, -20, -4)
for s in [slice(1, 4), slice(None, None, -1), slice(-2, None), slice(0, 0), slice(3, 1, -1)]:
    print(r2[s], list(r2[s]))
big = range(0, 10 ** 15, 7)
print(big[10 ** 13 // 7:][:3], len(big[::3]))
print(range(3)[::2] == range(0, 3, 2), range(0)[1:], range(1, 2)[5:])
for bad in [slice(None, None, 0), slice('a', None)]:
    try:
        print(r[bad])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
