# ExecutionFailed as CPython builds it: excinfo is a namespace (type namespace with
# __name__/__qualname__/__module__, msg, formatted "Type: msg", errdisplay = the traceback),
# str() adds "Uncaught in the interpreter:"; the exception classes' bases; whence; errors on
# bad ids and after close; what a busy interpreter refuses (exec, close, prepare_main).
from concurrent import interpreters as I
import threading

interp = I.create()
def show(src):
    try:
        interp.exec(src)
    except I.ExecutionFailed as e:
        x = e.excinfo
        print(type(x).__name__, x.type.__name__, x.type.__qualname__, x.type.__module__)
        print(repr(x.msg), repr(x.formatted))
        print(x.errdisplay)
        print(e.args, repr(e))
        print(str(e))
        print("--")
show("def f():\n    raise ValueError('bad')\nf()")
show("raise KeyError('k')")
show("class MyErr(Exception):\n    pass\nraise MyErr()")
show("class Outer:\n    class Inner(Exception):\n        pass\nraise Outer.Inner('x', 2)")
show("raise SystemExit(3)")
show("import json\nraise json.JSONDecodeError('bad doc', 'x', 0)")
show("import no_such_module_here")
show("try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise RuntimeError('during')")
interp.exec("print('still usable')")

for cls in (I.InterpreterError, I.InterpreterNotFoundError, I.ExecutionFailed):
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:]])
print(interp.whence, I.get_main().whence, I.get_main().id, interp.id > 0)
print(I.Interpreter(interp.id) is interp, I.get_current() is I.get_main())
for bad in (1.5, None, "1"):
    try:
        I.Interpreter(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    I.Interpreter(10 ** 6)
except I.InterpreterNotFoundError as e:
    print("not found:", e)
for bad in (123, b"x = 1", None):
    try:
        interp.exec(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    interp.prepare_main({1: 2})
except TypeError as e:
    print("TypeError:", e)

# A busy interpreter refuses exec, close and prepare_main; is_running says so.
started = I.create_queue()
go = I.create_queue()
interp.prepare_main(started=started, go=go)
t = threading.Thread(target=interp.exec, args=("started.put(1); go.get()",))
t.start()
started.get()
print("running:", interp.is_running())
for what, f in (("exec", lambda: interp.exec("pass")), ("close", interp.close),
                ("prepare_main", lambda: interp.prepare_main(a=1))):
    try:
        f()
    except I.InterpreterError as e:
        print(what, "->", type(e).__name__, e)
go.put(None)
t.join()
print("running:", interp.is_running())
try:
    interp.exec("from concurrent import interpreters as J\nJ.get_current().close()")
except I.ExecutionFailed as e:
    print(e.excinfo.type.__name__, e.excinfo.msg)
interp.close()
for what, f in (("exec", lambda: interp.exec("pass")), ("close", interp.close),
                ("is_running", interp.is_running), ("prepare_main", lambda: interp.prepare_main(a=1)),
                ("whence", lambda: interp.whence)):
    try:
        f()
    except I.InterpreterNotFoundError as e:
        print(what, "->", type(e).__name__, e)
print(interp in I.list_all(), repr(interp) == "Interpreter(%d)" % interp.id)
