"""Leak-check workload for `cargo xtask leaks`: creates, uses (exec, queues, call, threads) and
closes many interpreters, so that valgrind can show that closing frees everything."""
from concurrent import interpreters

def square(n):
    return n * n

q = interpreters.create_queue()
for k in range(20):
    interp = interpreters.create()
    interp.prepare_main(q=q, k=k)
    interp.exec("""
class Node:
    def __init__(self, v):
        self.v = v
        self.me = self
data = {"xs": [Node(i) for i in range(30)], "big": 2 ** 300, "s": "x" * 100}
data["self"] = data
q.put((k, "hello", 2 ** 70, b"bytes"))
try:
    1 / 0
except ZeroDivisionError as e:
    err = e
""")
    assert q.get(timeout=10)[0] == k
    assert interp.call(square, k) == k * k
    try:
        interp.exec("raise ValueError('boom')")
    except interpreters.ExecutionFailed as e:
        assert e.excinfo.type.__name__ == "ValueError"
    if k % 5 == 0:
        interp.exec("import threading\nt = threading.Thread(target=lambda: q.put(k))\nt.start()\nt.join()")
        assert q.get(timeout=10) == k
    interp.close()
print("ok", len(interpreters.list_all()))
# Interpreters running at once on their own threads.
def work(n):
    total = 0
    for i in range(n):
        total += i * i
    return total
workers = [interpreters.create() for _ in range(4)]
threads = [w.call_in_thread(work, 1000) for w in workers]
for t in threads:
    t.join()
for w in workers:
    w.close()
print("done", len(interpreters.list_all()))
