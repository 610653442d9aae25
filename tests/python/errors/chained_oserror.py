# exception chaining, user exception attributes, OSError errno subclasses, except*, notes, uncaught chained traceback
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
def a():
    try:
        {}['missing']
    except KeyError as e:
        raise MyErr(3) from e
def b():
    try:
        a()
    except MyErr as e:
        print(e.code, e.args, repr(e), str(e))
        raise ValueError("during handling") 
try:
    b()
except ValueError as e:
    import traceback
    print(type(e.__context__).__name__, e.__context__.__cause__.__class__.__name__)
    print(e.__traceback__ is not None, e.__traceback__.tb_lineno, e.__traceback__.tb_frame.f_code.co_name)
import sys
def deep(n): return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print(e)
e = Exception(1, 2)
print(e.args, str(e), repr(e), str(Exception()), repr(Exception('x')), str(KeyError('k')), str(KeyError()), repr(StopIteration(5)))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(FileNotFoundError, OSError), issubclass(UnicodeDecodeError, ValueError))
try:
    raise OSError(2, 'No such file', 'x.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
try:
    open('/nonexistent/zz')
except OSError as e:
    print(type(e).__name__, e)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("vals", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)
e = ValueError("x"); e.add_note("a note"); print(e.__notes__)
def g():
    raise b()
a()
