# type(x) printed for every supported kind of value, and isinstance with builtin types.
def f():
    return 1

vals = [0, 2 ** 100, -1, 1.5, float("nan"), True, None, "s", "", [], [1, "a"], f, print, len]
for v in vals:
    print(type(v))
print(type(1) == type(2), type(1) == type(1.0), type(True) == type(1), type(type(1)))
print(type(1 / 1), type(1 // 1), type(2 ** -1), type(2 ** 2), type(str(1)), type(repr(1)))
print(type(f()), type(print()), type(len("x")), type(int("1")), type(float("1")))
print(isinstance(1, int), isinstance(1.0, int), isinstance(1, float), isinstance(1.0, float))
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool), isinstance(None, int))
print(isinstance("s", str), isinstance([], list), isinstance("s", list), isinstance([], str))
print(isinstance(2 ** 100, int), isinstance(float("inf"), float), isinstance(f, int))
print(type(1) is int, type(True) is bool, type([]) is list, type("") is str, type(1.0) is float)
print(int, float, str, list, bool)
