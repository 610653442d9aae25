# python3.13: skip (InterpreterPoolExecutor and call() with arguments are 3.14 API)
# InterpreterPoolExecutor: each worker thread owns an interpreter; functions cross by code,
# with the helpers, modules and constants they use; results and errors come back.
from concurrent.futures import InterpreterPoolExecutor, as_completed
from concurrent import interpreters
import time

LIMIT = 3


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def helper(x):
    return x * LIMIT


def uses_helper_and_module(x):
    t = time.perf_counter()
    return helper(x), t > 0


def where():
    return interpreters.get_current().id


def init(tag):
    global TAG
    TAG = tag


def tagged():
    return TAG


with InterpreterPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(fib, [10, 15, 20])))
    print(ex.submit(uses_helper_and_module, 5).result())
    print(sorted(f.result() for f in as_completed([ex.submit(sum, [i, i]) for i in range(4)])))
    ids = set(ex.submit(where).result() for _ in range(6))
    print(interpreters.get_current().id not in ids, 1 <= len(ids) <= 2)
    f = ex.submit(fib, "x")
    try:
        f.result()
    except interpreters.ExecutionFailed as e:
        print("failed:", e.excinfo.type.__name__, "|", e.excinfo.msg)
    f = ex.submit(lambda: object())
    try:
        f.result()
    except interpreters.NotShareableError as e:
        print("not shareable:", e)

with InterpreterPoolExecutor(max_workers=1, initializer=init, initargs=("ready",)) as ex:
    print(ex.submit(tagged).result())
# The workers' interpreters are closed with the pool.
print([i.id for i in interpreters.list_all()])
