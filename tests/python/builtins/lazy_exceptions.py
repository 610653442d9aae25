# Builtin exception classes made on first use behave as if made at start-up: identity,
# subclassing, except matching, the builtins namespace, deletion and replacement.
import builtins
import sys

try:
    1 / 0
except ZeroDivisionError as e:
    print(type(e) is ZeroDivisionError, ZeroDivisionError is builtins.ZeroDivisionError)
    print(isinstance(e, ArithmeticError), type(e).__mro__)

print(ZeroDivisionError is ZeroDivisionError, KeyError is getattr(builtins, "KeyError"))
print(issubclass(UnicodeDecodeError, ValueError), UnicodeDecodeError.__bases__)
print(TabError.__mro__)

class MyErr(LookupError):
    pass

try:
    raise MyErr("x")
except KeyError:
    print("wrong")
except LookupError as e:
    print("lookup", repr(e))

try:
    {}["k"]
except LookupError as e:
    print(type(e).__name__, e, type(e) is KeyError)

names = dir(builtins)
print(all(n in names for n in ["BufferError", "EncodingWarning", "BlockingIOError", "ValueError"]))
d = vars(builtins)
print(d["ResourceWarning"] is ResourceWarning, "ChildProcessError" in builtins.__dict__)
print(len([n for n in names if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)]))

# What pickle does with a class: find it again by module and name.
cls = ProcessLookupError
print(getattr(sys.modules[cls.__module__], cls.__qualname__) is cls, cls.__module__)

g = {}
exec("x = 1", g)
print(g["__builtins__"]["InterruptedError"] is InterruptedError)
print(eval("UnicodeTranslateError") is UnicodeTranslateError)

try:
    ValueEror
except NameError as e:
    print(e, e.name)

try:
    FloatingPointErro
except NameError as e:
    print(e)

print(IOError is OSError, EnvironmentError, builtins.IOError)
try:
    open("/nonexistent/dir/file")
except IOError as e:
    print(type(e).__name__, e.errno)
