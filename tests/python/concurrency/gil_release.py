# The GIL is released around every blocking wait: with a switch interval too long to ever
# force a hand-over, a second thread still runs while the first blocks in sleep, Lock/RLock
# acquire, Event/Condition/Semaphore waits, join, queue.Queue.get and a pipe read; each
# wait below ends only because the other thread ran.
import sys, threading, time, queue, os

sys.setswitchinterval(100.0)
print(sys.getswitchinterval())

def run(name, wait, wake):
    t = threading.Thread(target=wake)
    t.start()
    print(name, wait())
    t.join()

n = [0]
def count():
    for _ in range(1000):
        n[0] += 1
def sleep_until_counted():
    deadline = time.monotonic() + 10
    while n[0] < 1000 and time.monotonic() < deadline:
        time.sleep(0.005)
    return n[0]
run("sleep", sleep_until_counted, count)

lock = threading.Lock()
lock.acquire()
run("lock", lambda: lock.acquire(timeout=10), lock.release)

rl = threading.RLock()
def hold_then_release():
    rl.acquire()
    ready.set()
    time.sleep(0.01)
    rl.release()
ready = threading.Event()
def rlock_wait():
    ready.wait(10)
    return rl.acquire(timeout=10)
run("rlock", rlock_wait, hold_then_release)
rl.release()

ev = threading.Event()
run("event", lambda: ev.wait(10), ev.set)

cond = threading.Condition()
flag = []
def notify():
    with cond:
        flag.append(1)
        cond.notify()
def cond_wait():
    with cond:
        return cond.wait_for(lambda: flag, 10)
run("condition", cond_wait, notify)

sem = threading.Semaphore(0)
run("semaphore", lambda: sem.acquire(timeout=10), sem.release)

gate = threading.Event()
def gated_count():
    gate.wait(10)
    count()
worker = threading.Thread(target=gated_count)
worker.start()
def join_wait():
    worker.join(10)
    return worker.is_alive()
run("join alive", join_wait, gate.set)

q = queue.Queue()
run("queue", lambda: q.get(timeout=10), lambda: q.put("item"))

r, w = os.pipe()
run("pipe", lambda: os.read(r, 5), lambda: os.write(w, b"hello"))
os.close(r)
os.close(w)
