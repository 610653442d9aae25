# %d %i %u %x %X %o: signs, zero padding, alternate forms, precision, floats and bools
for v in [0, 7, -7, 255, -255, 2**70, True]:
    print("%d|%i|%u|%x|%X|%o" % (v, v, v, v, v, v))
    print("%5d|%-5d|%05d|%+d|% d|%#x|%#X|%#o" % (v, v, v, v, v, v, v, v))
print("%.3d|%8.3d|%-8.3x|%08.3d" % (5, 5, 255, -5))
print("%d %d %i" % (3.99, -3.99, 1e20))
print("%-+8d|%+-8d|% 05d|%0-5d|" % (42, 42, 42, 42))
print("%*d|%-*d|%.*d" % (6, 1, 6, 2, 4, 3))
print("%ld %hi %Lu" % (1, 2, 3))
print("%x" % 3.5)
