# threading.local (subclass methods and class attributes, __init__ rerun per thread, a
# thread's data gone with it), Barrier (action, timeout, reset, abort), Timer.cancel,
# a custom excepthook (also called for SystemExit).
import threading, time
class Counter(threading.local):
    start = 100
    def __init__(self, base):
        self.n = base
    def bump(self):
        self.n += 1
        return self.n
c = Counter(10)
print(c.bump(), c.bump(), c.start)
seen = []
def use():
    seen.append(c.bump())
    seen.append(hasattr(c, "extra"))
    c.extra = 1
ts = [threading.Thread(target=use) for _ in range(3)]
for t in ts:
    t.start()
    t.join()
print(seen, c.n, hasattr(c, "extra"))
try:
    threading.local(1)
except TypeError as e:
    print("local args:", e)
plain = threading.local()
plain.x = 1
del plain.x
try:
    del plain.x
except AttributeError:
    print("del twice: AttributeError")
try:
    plain.y
except AttributeError as e:
    print("missing: AttributeError")
# Barrier
b = threading.Barrier(3, action=lambda: order.append("action"))
order = []
def party(i):
    r = b.wait()
    order.append(r)
ps = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for p in ps: p.start()
for p in ps: p.join()
print(order[0], sorted(order[1:]), b.parties, b.n_waiting, b.broken)
b2 = threading.Barrier(2, timeout=0.05)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("broken after timeout:", b2.broken)
b2.reset()
print("after reset:", b2.broken)
b2.abort()
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("aborted")
print(issubclass(threading.BrokenBarrierError, RuntimeError))
# Timer
fired = []
t = threading.Timer(0.01, fired.append, args=["yes"])
t.start(); t.join()
t2 = threading.Timer(10, fired.append, args=["no"])
t2.start(); t2.cancel(); t2.join()
print(fired, t2.finished.is_set())
# excepthook
got = []
def hook(args):
    got.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
def bad():
    raise ValueError("boom")
bt = threading.Thread(target=bad, name="B1"); bt.start(); bt.join()
def quiet_exit():
    raise SystemExit(3)
st = threading.Thread(target=quiet_exit, name="B2"); st.start(); st.join()
print(got)
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
