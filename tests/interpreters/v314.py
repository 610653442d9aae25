# python3.13: skip (3.14-only API: call() with arguments and results, create_queue(unbounditems=),
# SyntaxError raised unwrapped by exec(), no pickling: lists refused by queues)
from concurrent import interpreters as I
import queue

interp = I.create()
main = I.get_main()
print(interp.whence, main.whence)
try:
    interp.exec("1 +")
except SyntaxError as e:
    print("syntax:", e.msg)
try:
    main.close()
except I.InterpreterError as e:
    print("main:", e)
try:
    I.create_queue().put([1, 2])
except I.NotShareableError as e:
    print("not shareable:", type(e).__name__, isinstance(e, TypeError), e)

def add(a, b=10, *, c=100):
    return a + b + c
print(interp.call(add, 1), interp.call(add, 1, 2, c=3))
print(interp.call(len, [1, 2, 3]))
def mk(xs):
    return {"n": len(xs), "s": set(xs), "l": sorted(xs), "f": frozenset([1]), "t": (1, [2])}
print(interp.call(mk, [3, 1, 2]))
def boom():
    raise ValueError("bad")
try:
    interp.call(boom)
except I.ExecutionFailed as e:
    print("failed:", e.excinfo.type.__name__, e.excinfo.msg)
    print(e.excinfo.formatted.splitlines()[-1])
def outer():
    y = 1
    def inner():
        return y
    return inner
try:
    interp.call(outer())
except I.NotShareableError as e:
    print("closure:", type(e).__name__)
try:
    interp.call(add, object())
except I.NotShareableError as e:
    print("arg:", e)
def get_obj():
    return object()
try:
    interp.call(get_obj)
except I.NotShareableError as e:
    print("result:", e)
# The function runs against the target's __main__, not the caller's.
g = "caller"
interp.exec("g = 'target'")
def use_g():
    return g
print("g:", interp.call(use_g))
t = interp.call_in_thread(print, "from thread")
t.join()
print(interp.call(lambda: 7))
# A busy interpreter refuses a second caller.
import threading
gate = I.create_queue()
interp.prepare_main(gate=gate)
busy = threading.Thread(target=interp.exec, args=("gate.get()",))
busy.start()
while not interp.is_running():
    pass
try:
    interp.call(len, "x")
except I.InterpreterError as e:
    print("busy:", e)
gate.put(None)
busy.join()

# Items left by a closed interpreter follow the queue's unbounditems policy.
q = I.create_queue()
qe = I.create_queue(unbounditems=I.UNBOUND_ERROR)
qr = I.create_queue(unbounditems=I.UNBOUND_REMOVE)
w = I.create()
w.prepare_main(q=q, qe=qe, qr=qr)
w.exec("q.put(1); qe.put(2); qr.put(3)")
q.put(5)
w.exec("from concurrent import interpreters as I\nq.put(6, unbounditems=I.UNBOUND_REMOVE)")
print(q.qsize(), qe.qsize(), qr.qsize())
w.close()
print(q.qsize(), qe.qsize(), qr.qsize())
print(q.get_nowait() is I.UNBOUND, q.get_nowait(), q.empty())
try:
    qe.get_nowait()
except I.ItemInterpreterDestroyed as e:
    print("destroyed:", type(e).__name__, isinstance(e, I.QueueError), e)
print(qe.empty(), qr.empty())
try:
    I.create_queue(unbounditems="nope")
except NotImplementedError as e:
    print("bad policy:", type(e).__name__)
