# threading.Condition / Semaphore corner cases: ownership checks, wait_for with spurious
# wake-ups and its timeout, Semaphore timeouts and argument errors, notify counts.
import threading
import time

c = threading.Condition()
for name, call in [("wait", lambda: c.wait(0)), ("notify", c.notify), ("notify_all", c.notify_all)]:
    try:
        call()
    except RuntimeError as e:
        print(name, "->", e)

c2 = threading.Condition(threading.Lock())
try:
    c2.notify()
except RuntimeError as e:
    print("plain lock notify ->", e)
with c2:
    print("wait(0) while held:", c2.wait(0))
    print("wait(0.01) while held:", c2.wait(0.01))

# wait_for: woken by notify_all while the predicate is still false, it must wait again.
box = []
cond = threading.Condition()


def waiter():
    with cond:
        ok = cond.wait_for(lambda: len(box) >= 3, timeout=10)
        box.append(("waiter saw", len(box), ok))


t = threading.Thread(target=waiter)
t.start()
for i in range(3):
    time.sleep(0.01)
    with cond:
        box.append(i)
        cond.notify_all()
t.join()
print(box)

# wait_for times out with the predicate false, after about the timeout in all.
with cond:
    start = time.monotonic()
    print("wait_for timeout:", cond.wait_for(lambda: False, timeout=0.05))
    print("took at least the timeout:", time.monotonic() - start >= 0.04)

s = threading.Semaphore(0)
start = time.monotonic()
print("sem timeout:", s.acquire(timeout=0.03), time.monotonic() - start >= 0.02)
print("sem nonblocking:", s.acquire(False))
for bad in [lambda: s.acquire(False, 1), lambda: s.release(0), lambda: threading.Semaphore(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
s.release(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))

b = threading.BoundedSemaphore(1)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print("bounded:", e)

# notify(n) wakes exactly n waiters.
woke = []
cv = threading.Condition()
ready = threading.Semaphore(0)
done = threading.Semaphore(0)


def sleeper(i):
    with cv:
        ready.release()
        cv.wait()
        woke.append(i)
    done.release()


ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(3)]
for x in ts:
    x.start()
for _ in ts:
    ready.acquire()
with cv:
    cv.notify(2)
done.acquire()
done.acquire()
time.sleep(0.02)
with cv:
    print("after notify(2):", len(woke))
    cv.notify_all()
for x in ts:
    x.join()
print("all woke:", sorted(woke))
