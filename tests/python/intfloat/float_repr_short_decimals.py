# repr/str of floats that are short decimals (the quick path) and their neighbours, which
# take the general shortest-digits path: both must give CPython's text.
x = 12345
vals = []
for i in range(3000):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    k = x % 19
    n = (x >> 5) % [10, 1000, 1000000, 1 << 31][i % 4]
    v = n / 10 ** k
    vals.append(v)
    vals.append(-v)
    vals.append(v * 1.25 + 0.1)
    vals.append(i * 1.25 + 0.1)
    vals.append((i % 13 + 1) / ((i * 3) % 17 + 1))
for v in [0.0, -0.0, 1e-4, 0.0001, 9.999999999999999e-05, 1e-5, 1e15, 1e16, 1e17,
          1125899906842623.0, 1125899906842624.0, 2.0 ** 50, 2.0 ** 53, 0.1, 0.2, 0.3,
          0.1 + 0.2, 2.5, 100.0, 123456789.0, 1.7976931348623157e308, 5e-324,
          float("inf"), float("-inf"), float("nan"), 13.5 ** 8, 0.5, 1 / 3, 2 / 3]:
    vals.append(v)
h = 0
for v in vals:
    for ch in repr(v):
        h = (h * 31 + ord(ch)) % 1000000007
print(len(vals), h)
print(vals[:40])
print([str(v) for v in vals[-29:]])
print(f"{vals[5]} {vals[6]!r} {vals[7]}", "%r %s" % (vals[8], vals[9]))
