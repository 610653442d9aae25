# python3.13: skip (3.14 API: Queue(id), Queue.unbounditems, put/get block=, call() with
# arguments; and the main interpreter running its script counts as running)
# Queue objects by id, the unbounditems policy objects, argument errors of create_queue,
# and the main interpreter seen from a subinterpreter while main's script runs.
from concurrent import interpreters as I
import queue

q = I.create_queue(3, unbounditems=I.UNBOUND_ERROR)
print(I.Queue(q.id) is q, q.maxsize, q.unbounditems is I.UNBOUND_ERROR)
print(I.create_queue().unbounditems is I.UNBOUND)
print(I.create_queue(unbounditems=I.UNBOUND_REMOVE).unbounditems is I.UNBOUND_REMOVE)
print(repr(I.UNBOUND), type(I.UNBOUND).__name__)
for bad in ("3", 1.5, None):
    try:
        I.Queue(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    I.Queue(10 ** 6)
except I.QueueError as e:
    print(type(e).__name__, e)
for bad in ("x", 1.5, 2 ** 70):
    try:
        I.create_queue(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    I.create_queue(unbounditems="drop")
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    q.put(1, unbounditems=None, timeout=1, block=True, extra=2)
except TypeError as e:
    print("TypeError:", e)
q.put(1, block=False)
q.put(2, False, None)
print(q.get(block=False), q.get(False), q.qsize())
try:
    q.get(block=False)
except queue.Empty as e:
    print(type(e).__name__, e)

# A queue made in a subinterpreter is the same object in main, found again by id.
sub = I.create()
sub.prepare_main(q=q)
sub.exec("from concurrent import interpreters as I\nq2 = I.create_queue()\nq.put(q2.id)\nq.put(q2)")
qid = q.get()
q2 = q.get()
print(q2 is I.Queue(qid), q2.id == qid)

# Main runs its script: a subinterpreter sees it running and cannot exec in it.
sub.exec("""
from concurrent import interpreters as I
m = I.get_main()
print("main running:", m.is_running(), "self running:", I.get_current().is_running())
try:
    m.exec("print('must not run')")
except I.InterpreterError as e:
    print(type(e).__name__, e)
try:
    m.prepare_main(x=1)
except I.InterpreterError as e:
    print(type(e).__name__, e)
""")
print(I.get_main().is_running())

# NotShareableError is a TypeError (3.14), and names the type.
try:
    q.put({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
def boom(x):
    raise ValueError(x)
try:
    sub.call(boom, "call failed")
except I.ExecutionFailed as e:
    print(e.excinfo.formatted)
    print(e.excinfo.errdisplay.splitlines()[-1])
def noop():
    pass
t = sub.call_in_thread(noop)
t.join()
print(t.name)
sub.close()
