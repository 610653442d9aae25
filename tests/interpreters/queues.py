# Queues between interpreters (PEP 734): shareable values, QueueEmpty/QueueFull (also
# queue.Empty/Full), NotShareableError, timeouts, prepare_main, a worker interpreter on a thread.
from concurrent import interpreters
import queue
import threading
import time

q = interpreters.create_queue()
print(q, q.id, q.maxsize, q.empty(), q.qsize())
q.put((1, "two", None, 3.5, True, 2 ** 100))
print(q.qsize(), q.get())
try:
    q.get_nowait()
except interpreters.QueueEmpty as e:
    print("empty:", e, isinstance(e, queue.Empty), isinstance(e, RuntimeError))
small = interpreters.create_queue(maxsize=1)
small.put(1)
try:
    small.put_nowait(2)
except interpreters.QueueFull as e:
    print("full:", e, isinstance(e, queue.Full))
print(interpreters.is_shareable((1, "a")), interpreters.is_shareable([1]))
try:
    q.get(timeout=0.05)
except interpreters.QueueEmpty:
    print("timed out")

worker = interpreters.create()
inbox = interpreters.create_queue()
outbox = interpreters.create_queue()
worker.prepare_main(inbox=inbox, outbox=outbox, factor=3)
def run_worker():
    worker.exec("""
while True:
    item = inbox.get()
    if item is None:
        break
    outbox.put(item * factor)
""")
t = threading.Thread(target=run_worker)
t.start()
for i in range(5):
    inbox.put(i)
inbox.put(None)
print([outbox.get() for _ in range(5)])
t.join()
print(worker.is_running())

# put/get through LoadMethod's inline cache, then shadowed by the instance dict and restored.
def round_trips(q, n):
    for i in range(n):
        q.put(i)
        q.get()
    return q.qsize()
q = interpreters.create_queue()
print(round_trips(q, 5))
q.put = lambda x: print("own put", x)
q.put(3)
print(q.qsize())
del q.put
q.put(4)
print(q.get())
