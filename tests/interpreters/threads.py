# threading within one interpreter: threads take turns under its GIL (locks, events,
# thread-locals, RLock, semaphores), an exception in a thread, waiting for threads at exit.
import threading
import time
import sys

counter = 0
lock = threading.Lock()

def work(n, out):
    global counter
    for i in range(n):
        with lock:
            counter += 1
    out.append(threading.current_thread().name)

out = []
threads = [threading.Thread(target=work, args=(20000, out)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, len(out), sorted(out))
print(threading.current_thread().name, threading.active_count(), threading.main_thread() is threading.current_thread())

ev = threading.Event()
res = []
def waiter():
    ev.wait()
    res.append("woke")
t = threading.Thread(target=waiter)
t.start()
time.sleep(0.05)
print("before set", res, t.is_alive())
ev.set()
t.join()
print("after", res, t.is_alive())

loc = threading.local()
loc.x = 1
def setx():
    loc.x = 2
    res.append(loc.x)
t = threading.Thread(target=setx); t.start(); t.join()
print(loc.x, res)

r = threading.RLock()
with r:
    with r:
        print("rlock ok")
sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
print(sys.getswitchinterval())
def bad():
    1 / 0
t = threading.Thread(target=bad, name="Bad"); t.start(); t.join()
def late():
    time.sleep(0.1)
    print("late thread done")
threading.Thread(target=late).start()
print("main done")
