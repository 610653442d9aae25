# Bools and floats held inline in values (one word each): their arithmetic, identity,
# hashing, formatting and the natives that read them.
import json
import struct

t, f = True, False
print(t + t, t * 3, -t, ~f, t & f, t | f, t ^ t, t << 3, f ** 0, t / 2, t // 1, 7 % (t + t))
print(t is True, (1 < 2) is True, (not t) is False, bool(0.0), bool(-0.0), bool(1e-300))
print(hash(t), hash(f), hash(1.0) == hash(True), hash(-0.0), hash(0.5), {t: 1, 1: 2, 1.0: 3})
print(repr(t), str(f), f"{t!r:>6}|{f:d}|{t:5.2f}", format(True, "x"), int(t), float(f))
x = 0.1 + 0.2
print(x, repr(x), x is x, -0.0, 0.0 == -0.0, str(-0.0), 1e16, 1.5e-7, float("inf"), -x)
nan = float("nan")
print(nan is nan, nan == nan, nan in [nan], float("nan") in [nan], [nan].count(nan))
print(sum([0.5, 0.25, True]), sum([1, 2.5]), min(3.5, 2.25, 9), max(-1.0, -0.5), abs(-2.5))
print(round(2.675, 2), round(t), divmod(7.5, 2), 7.5 // 2, 7.5 % -2, 2.0 ** 0.5, 10 / 4)
print(json.dumps([t, f, 1.5, -0.0, 1e100, {"a": f}]), json.loads("[true, false, 2.5]"))
print(json.dumps({t: 1, f: 2, 2.5: 3}), struct.pack("?d", t, 2.5), struct.unpack("?", b"\x01"))
print(sorted([3.5, t, f, 2, -1.25]), [t, 2.5] == [1, 2.5], (t, 0.0) < (1, 0.5))
print(isinstance(t, int), type(t).__name__, type(1.5).__name__, t.real, (2.5).as_integer_ratio())
print(bytes([t, f]), bytearray([True]), "ab"[t], [10, 20][f], "%d %s %.3f" % (t, f, 1 / 3))
print(t.__bool__(), (1.5).is_integer(), float.fromhex("0x1.8p1"), (0.5).hex(), int(-2.7))
d = {}
for k in (t, 1, 1.0, f, 0, 0.0):
    d[k] = d.get(k, 0) + 1
print(d, any([f, 0.0]), all([t, 1.5]), [i for i in range(5) if i % 2 == t])
try:
    print(1.0 / f)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(t + "a")
except TypeError as e:
    print("TypeError", e)
