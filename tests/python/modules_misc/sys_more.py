"""sys: exit (SystemExit with its code), exc_info/exception inside and outside handlers,
intern, encodings, maxunicode and implementation.name's type."""
import sys

for args in [(), (0,), (3,), ('bye',), (None,)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print('SystemExit', e.args, e.code)
print(sys.exc_info(), sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        {}['k']
    except KeyError:
        print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
a = sys.intern('hello world' * 2)
b = sys.intern('hello world' * 2)
print(a is b, a == 'hello world' * 2)
for bad in (1, b'x'):
    try:
        sys.intern(bad)
    except TypeError as e:
        print('TypeError', e)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.maxunicode, type(sys.implementation.name).__name__)
print(isinstance(sys.version, str), isinstance(sys.executable, str))
try:
    sys.exit(1, 2)
except TypeError as e:
    print('TypeError', e)
sys.exit('final message')
