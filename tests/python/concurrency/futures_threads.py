# concurrent.futures with threads: submit/result, map, as_completed, wait, exceptions,
# callbacks, cancel, shutdown; queue.Queue between threads.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED
import concurrent.futures as cf
import queue
import threading
import time


def sq(x):
    return x * x


with ThreadPoolExecutor(max_workers=3) as ex:
    fs = [ex.submit(sq, i) for i in range(10)]
    print(sorted(f.result() for f in as_completed(fs)))
    print(list(ex.map(sq, range(5))))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    bad = ex.submit(lambda: 1 / 0)
    err = bad.exception()
    print(type(err).__name__, err, bad.done(), bad.cancelled())
    try:
        bad.result()
    except ZeroDivisionError as e:
        print("result raised:", e)
    done, not_done = wait(fs, return_when=ALL_COMPLETED)
    print(len(done), len(not_done))
    r = wait([ex.submit(time.sleep, 0.01)], return_when=FIRST_COMPLETED)
    print(len(r.done), len(r.not_done))
    seen = []
    f = ex.submit(sq, 7)
    f.add_done_callback(lambda fut: seen.append(fut.result()))
    f.result()
    time.sleep(0.01)
    print("callback:", seen)

ex = ThreadPoolExecutor(max_workers=1)
gate = threading.Event()
first = ex.submit(gate.wait)
second = ex.submit(sq, 3)
print("cancel pending:", second.cancel(), second.cancelled())
gate.set()
print(first.result(), ex.submit(sq, 4).result())
try:
    second.result()
except cf.CancelledError:
    print("CancelledError")
ex.shutdown()
try:
    ex.submit(sq, 1)
except RuntimeError as e:
    print("after shutdown:", e)
try:
    ThreadPoolExecutor(max_workers=0)
except ValueError as e:
    print("ValueError:", e)

f = cf.Future()
print(f.done(), f.running())
try:
    f.result(timeout=0.01)
except cf.TimeoutError:
    print("timeout", cf.TimeoutError is TimeoutError)
f.set_result(5)
print(f.result(), f.done())
try:
    f.set_result(6)
except cf.InvalidStateError:
    print("InvalidStateError")

q = queue.Queue(maxsize=2)
out = []


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.append(item * 10)
        q.task_done()


t = threading.Thread(target=consumer)
t.start()
for i in range(6):
    q.put(i)
q.put(None)
q.join()
t.join()
print(out, q.empty(), q.qsize(), q.full())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
q2 = queue.Queue(1)
q2.put_nowait(1)
try:
    q2.put(2, timeout=0.01)
except queue.Full:
    print("Full")
lq = queue.LifoQueue()
for i in range(3):
    lq.put(i)
print([lq.get() for _ in range(3)])
# Workers left running are stopped at exit.
ThreadPoolExecutor(2).submit(time.sleep, 0.01)
print("end")
