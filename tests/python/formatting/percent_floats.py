# %e %E %f %F %g %G: precision, flags, special values, ints as floats
x = 3.14159265
print("%f|%.2f|%10.3f|%-10.1f|%+.0f|%010.4f" % (x, x, x, x, x, -x))
print("%e|%.2e|%E|%12.3E" % (x, x, 12345.678, -0.000123))
print("%g|%g|%g|%g|%G|%.3g|%#g|%#.3g" % (x, 1e-5, 123456789.0, 0.0001, 1e20, 1234.5, 1.0, 2.0))
print("%f|%e|%g|%F" % (1, 10**16, 7, 2))
print("%f|%F|%e|%g" % (float("inf"), float("-inf"), float("nan"), -0.0))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%5.1f%%" % 99.44)
print("%.*f" % (-3, 2.5))
print("%f" % "1.0")
