# A builtin exception name replaced or deleted before its first use stays replaced or deleted.
import builtins

builtins.BufferError = 5
print(BufferError)
del builtins.BufferError
try:
    BufferError
except NameError as e:
    print("NameError", e)

del builtins.MemoryError
try:
    MemoryError
except NameError as e:
    print("NameError", e)
try:
    builtins.MemoryError
except AttributeError as e:
    print("AttributeError", e)

builtins.EOFError = "eof"
print(EOFError, builtins.EOFError)

def f():
    return ConnectionResetError
print(f().__name__, f() is ConnectionResetError, f().__mro__[1:3])
del builtins.ConnectionResetError
try:
    f()
except NameError as e:
    print("NameError", e)
