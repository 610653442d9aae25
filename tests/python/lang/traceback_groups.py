# The traceback module draws exception groups as the interpreter does: boxes and numbered
# sub-exceptions, for a group never raised, a caught one, and one in a chain.
import sys
import traceback

eg = ExceptionGroup("many", [ValueError("v"), ExceptionGroup("sub", [TypeError("t")])])
print("".join(traceback.format_exception(eg)), end="")
print("".join(traceback.format_exception_only(eg)), end="")
te = traceback.TracebackException.from_exception(eg)
print(len(te.exceptions), [str(x) for x in te.exceptions])


def fail():
    raise ExceptionGroup("inner", [KeyError("k"), OSError(2, "nf")])


try:
    fail()
except ExceptionGroup:
    traceback.print_exc(file=sys.stdout)

try:
    try:
        fail()
    except ExceptionGroup as g:
        raise RuntimeError("wrapped") from g
except RuntimeError:
    print(traceback.format_exc(), end="")

try:
    raise ValueError("plain")
except ValueError:
    traceback.print_exc(file=sys.stdout)
