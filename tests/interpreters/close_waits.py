# Closing a subinterpreter first waits for its non-daemon threads, as CPython's
# Py_EndInterpreter does: the thread's work is done (its queue item received) by the time
# close() returns.
from concurrent import interpreters as I

q = I.create_queue()
done = I.create_queue()
sub = I.create()
sub.prepare_main(q=q, done=done)
sub.exec("""
import threading, time
def work():
    time.sleep(0.1)
    q.put("late work")
    done.put("thread finished")
threading.Thread(target=work).start()
""")
print("before close:", q.qsize())
sub.close()
# The thread ran to its end before close() returned; its items outlive it (as UNBOUND).
print("after close:", q.qsize(), done.qsize())
print(type(q.get_nowait()).__name__ == type(done.get_nowait()).__name__)
print(sub in I.list_all())
