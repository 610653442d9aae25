# Ordinary sys use: argv, limits, intern, exc_info, streams, exit codes and the messages of misuse.
import sys
print(type(sys.argv), sys.argv[1:])
print(sys.maxsize, sys.version_info[:2] == (3, 11), sys.version_info.major)
print(sys.implementation.name in ('cpython','isles'))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000); print(sys.getrecursionlimit())
try: sys.setrecursionlimit(0)
except ValueError as e: print(e)
try: sys.setrecursionlimit("a")
except TypeError as e: print(e)
print(sys.intern("abc") is sys.intern("ab"+"c"))
try: sys.intern(1)
except TypeError as e: print(e)
try:
    1/0
except ZeroDivisionError:
    t, v, tb = sys.exc_info(); print(t.__name__, v, tb is not None)
print(sys.exc_info())
print(sys.getsizeof(1) > 0, sys.getsizeof([]) > 0)
print('os' in sys.modules or True, sys.modules['sys'] is sys)
print(sys.byteorder, sys.platform)
sys.stdout.write("hi\n"); print(sys.stdout.write("abc"))
print(file=sys.stderr)
print(sys.float_info.max, sys.int_info.bits_per_digit > 0)
print(sys.getdefaultencoding(), sys.flags.optimize)
try:
    sys.exit("bye")
except SystemExit as e:
    print(repr(e.code))
try: sys.exit(3)
except SystemExit as e: print(e.code, e.args)
sys.exit(2)
