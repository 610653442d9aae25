# Interpreter.exec() with a function or a code object (CPython 3.14/3.13): a function that
# takes no arguments runs as its body in the target, against the target's __main__ (its own
# globals do not come along); arguments or closures are refused with ValueError; the
# interpreter's handle: Interpreter(True) is Interpreter(1).
from concurrent import interpreters as I

interp = I.create()
def body():
    x = "local only"
    global seen
    seen = "set by body"
    print("body runs, x =", x)
interp.exec(body)
interp.exec("print(seen, 'x' in globals())")
interp.exec(body.__code__)
Z = 1
def needs_global():
    return Z
try:
    interp.exec(needs_global)
except I.ExecutionFailed as e:
    print(e.excinfo.type.__name__, e.excinfo.msg)
def fails():
    raise KeyError("in body")
try:
    interp.exec(fails)
except I.ExecutionFailed as e:
    print(e.excinfo.formatted, e.excinfo.errdisplay.splitlines()[-1])
def outer():
    z = 1
    def inner():
        return z
    return inner
for f in (outer(), lambda a=1: a, lambda *a: 1, lambda **k: 1, lambda *, k=1: k,
          (lambda a: a).__code__):
    try:
        interp.exec(f)
    except ValueError as e:
        print("ValueError:", e)
try:
    interp.exec(print)
except TypeError as e:
    print("TypeError:", e)
interp.exec(compile("print('module code object')", "<m>", "exec"))
print(I.Interpreter(True) is I.Interpreter(1), I.Interpreter(1).id)
interp.close()
