# python3.13: skip (Isles' example native modules; CPython's are _testmultiphase/_testsinglephase)
# Native modules (PEP 489): an isolated module's init runs per interpreter, so each counts
# alone; a module that is not isolated refuses subinterpreters; a Rust panic in a native
# function is a SystemError in that interpreter, which stays usable, as do the others.
import _testnative
from concurrent import interpreters as I

print(_testnative.increment(), _testnative.increment())
a = I.create()
b = I.create()
a.exec("import _testnative\nprint('a', _testnative.increment(), _testnative.increment(), _testnative.increment())")
b.exec("import _testnative\nprint('b', _testnative.increment())")
print("main", _testnative.count())
try:
    _testnative.panic("oops")
except SystemError as e:
    print("SystemError:", e)
print("main after panic", _testnative.increment())
try:
    a.exec("_testnative.panic()")
except I.ExecutionFailed as e:
    print("remote:", e.excinfo.type.__name__, "|", e.excinfo.msg)
a.exec("print('a still works', _testnative.count())")
b.exec("print('b unaffected', _testnative.count())")
import _testsinglephase
print("main single-phase", _testsinglephase.increment())
try:
    a.exec("import _testsinglephase")
except I.ExecutionFailed as e:
    print(e.excinfo.type.__name__, "|", e.excinfo.msg)
try:
    a.exec("import threading\nthreading.Thread(target=print, daemon=True).start()")
except I.ExecutionFailed as e:
    print(e.excinfo.type.__name__, "|", e.excinfo.msg)
# The panic is caught by the loop that called the native: it unwinds Python frames like any
# exception, through callbacks from natives and generator frames.
def deep():
    return _testnative.panic("deep")
def catcher():
    try:
        return deep()
    except SystemError as e:
        return "caught: " + str(e)
print(catcher())
print(sorted([3, 1, 2], key=lambda x: catcher() and x))
def gen():
    yield 1
    _testnative.panic("in gen")
try:
    for x in gen():
        print("gen yielded", x)
except SystemError as e:
    print("gen:", e)
try:
    list(map(lambda x: _testnative.panic("map"), [1]))
except SystemError as e:
    print("map:", e, "| tb depth", len(__import__("traceback").extract_tb(e.__traceback__)))
print("after", sum(x for x in [1, 2, 3]), _testnative.count())
