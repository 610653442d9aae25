# queue.Queue / PriorityQueue / LifoQueue / SimpleQueue: order, the .queue attribute,
# task accounting, errors, and a producer/consumer pair over a PriorityQueue.
import queue
import threading

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.queue, q.qsize(), q.get(), q.queue)

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "a0")]:
    pq.put(item)
print(pq.qsize(), [pq.get() for _ in range(4)], pq.empty())
try:
    pq.get_nowait()
except queue.Empty:
    print("Empty from PriorityQueue")
pq2 = queue.PriorityQueue(maxsize=1)
pq2.put(5)
try:
    pq2.put_nowait(4)
except queue.Full:
    print("Full from PriorityQueue")
print(isinstance(pq2, queue.Queue), queue.PriorityQueue.__mro__[1].__name__)

lq = queue.LifoQueue()
for c in "abc":
    lq.put(c)
print(lq.queue, [lq.get() for _ in range(3)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.get(), sq.get_nowait(), sq.empty())

try:
    q.task_done()
    q.task_done()
    q.task_done()
    q.task_done()
    q.task_done()
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

work = queue.PriorityQueue()
results = []


def worker():
    while True:
        prio, job = work.get()
        if job is None:
            work.task_done()
            return
        results.append((prio, job.upper()))
        work.task_done()


jobs = [(5, "e"), (1, "a"), (3, "c"), (2, "b"), (4, "d")]
for j in jobs:
    work.put(j)
t = threading.Thread(target=worker)
t.start()
work.join()
work.put((99, None))
t.join()
print(results)
print(sorted(queue.__all__))
