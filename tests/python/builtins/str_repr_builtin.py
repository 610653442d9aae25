# str() and repr() differences for strings versus other values, nested repr.
vals = ["a", "it's", 'q"q', "\n", "\\", 1, 1.0, -0.0, None, True, [1, "a"], ["x\ny"], [[], [""]]]
for v in vals:
    print(str(v), "|", repr(v), "|", len(str(v)), len(repr(v)))
print(str(str("x")), repr(repr("x")), str(repr("x")), repr(str("x")))
print(repr(repr(repr("'"))))
print(str(1e16), repr(1e16), str(1.0e-5), repr(123456789.123), str(2.0 ** 0.5))
print(repr(2 ** 64), str(-2 ** 64), repr([2 ** 64, -0.0, "\t"]))
print(repr(print), repr(len), str(print))
print(repr("a\tb"), str(["a\tb"]), repr(["it's", "\\"]))
