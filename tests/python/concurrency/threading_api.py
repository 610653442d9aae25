# threading API: Thread (subclass, args/kwargs, name, daemon, join timeout, restart errors),
# Lock/RLock/Condition/BoundedSemaphore errors, _thread, Event, switch interval, Timer, excepthook.
import threading, _thread, time, sys
class T(threading.Thread):
    def __init__(self, n):
        super().__init__(name="worker-%d" % n)
        self.n = n
        self.result = None
    def run(self):
        self.result = self.n * 2
ts = [T(i) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print([t.result for t in ts], [t.name for t in ts])
t = threading.Thread(target=lambda *a, **k: print("args", a, sorted(k.items())), args=(1, 2), kwargs={"x": 3}, name="N")
print(t.name, t.daemon, t.is_alive(), t.ident is None)
t.start(); t.join(); print(t.is_alive(), isinstance(t.ident, int))
try:
    t.start()
except RuntimeError as e:
    print("restart:", e)
t2 = threading.Thread(target=lambda: None)
try:
    t2.join()
except RuntimeError as e:
    print("join unstarted:", e)
print(repr(threading.Thread(target=None, name="X")).startswith("<Thread(X, initial)>"))
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.daemon = False
print(d.daemon)
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set(); print(ev.wait(), ev.is_set()); ev.clear(); print(ev.is_set())
gate = threading.Event()
slow = threading.Thread(target=gate.wait)
slow.start()
t0 = time.monotonic(); slow.join(0.05); dt = time.monotonic() - t0
print("join timeout alive:", slow.is_alive(), dt >= 0.04)
gate.set()
slow.join()
print(threading.get_ident() == threading.current_thread().ident, threading.main_thread().name)
lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release(); print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("release unlocked:", e)
r = threading.RLock()
r.acquire(); r.acquire(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("rlock:", e)
c = threading.Condition()
items = []
def consumer():
    with c:
        while not items:
            c.wait()
        print("consumed", items.pop())
ct = threading.Thread(target=consumer); ct.start()
time.sleep(0.02)
with c:
    items.append(1); c.notify()
ct.join()
with c:
    print("wait_for", c.wait_for(lambda: True, timeout=0.01), c.wait(0.01))
s = threading.BoundedSemaphore(1)
s.acquire(); s.release()
try:
    s.release()
except ValueError as e:
    print("bounded:", e)
done = threading.Event()
res = []
def f(a, b):
    res.append(a + b); done.set()
tid = _thread.start_new_thread(f, (1, 2))
done.wait(); print(res, isinstance(tid, int))
print(threading.active_count(), len(threading.enumerate()))
loc = threading.local()
def g():
    print("local has x:", hasattr(loc, "x"))
loc.x = 5
tt = threading.Thread(target=g); tt.start(); tt.join()
print(sys.getswitchinterval())
sys.setswitchinterval(0.001); print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("switch:", e)
try:
    sys.setswitchinterval(-1)
except ValueError as e:
    print("switch:", e)
print(type(time.perf_counter()).__name__, type(time.time()).__name__, time.monotonic() > 0)
b = threading.Barrier(2) if hasattr(threading, "Barrier") else None
print(b is not None)
tm = threading.Timer(0.01, lambda: print("timer fired")) if hasattr(threading, "Timer") else None
if tm: tm.start(); tm.join()
print(threading.current_thread().daemon, threading.TIMEOUT_MAX > 0)
def bad():
    raise KeyError("x")
def hook(args):
    print("hook:", args.exc_type.__name__, args.thread.name)
threading.excepthook = hook
bt = threading.Thread(target=bad, name="Bad2"); bt.start(); bt.join()
def late():
    time.sleep(0.05); print("late done")
threading.Thread(target=late).start()
print("main end")
