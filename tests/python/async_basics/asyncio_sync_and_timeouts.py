# asyncio beyond run/gather: wait_for timeouts and cancellation, wait, as_completed, shield,
# Queue producer/consumer with join, Lock/Event/Semaphore taking turns, current_task.
import asyncio


async def work(name, delay, log):
    log.append("start " + name)
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append("cancelled " + name)
        raise
    log.append("end " + name)
    return name.upper()


async def timeouts():
    log = []
    print(await asyncio.wait_for(work("a", 0.01, log), timeout=1))
    try:
        await asyncio.wait_for(work("b", 1, log), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError, repr(e))
    try:
        await asyncio.wait_for(work("c", 1, log), timeout=0)
    except TimeoutError:
        print("zero timeout")
    print(await asyncio.wait_for(work("d", 0, log), timeout=None))
    print(log)


async def cancelling():
    log = []
    t = asyncio.create_task(work("t", 1, log))
    await asyncio.sleep(0.01)
    print("cancel:", t.cancel(), t.cancel() if False else "")
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError", t.cancelled(), t.done())
    print(t.cancel(), log)
    t2 = asyncio.create_task(work("never", 0, log))
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled before starting:", log[-1])


async def waiting():
    log = []
    tasks = [asyncio.create_task(work(n, d, log)) for n, d in [("x", 0.2), ("y", 0.01), ("z", 0.1)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait([asyncio.create_task(work("slow", 1, log))], timeout=0.01)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()
    order = []
    for fut in asyncio.as_completed([work("p", 0.2, log), work("q", 0.01, log), work("r", 0.1, log)]):
        order.append(await fut)
    print(order)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)


async def queues():
    q = asyncio.Queue(maxsize=2)
    out = []

    async def producer():
        for i in range(5):
            await q.put(i)
            out.append("put %d" % i)
        await q.put(None)

    async def consumer():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                return
            out.append("got %d" % item)
            await asyncio.sleep(0)

    await asyncio.gather(producer(), consumer())
    await q.join()
    print(out)
    print(q.empty(), q.qsize(), q.full(), q.maxsize, repr(q).split(' at ')[0], repr(q).split()[-1])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    small = asyncio.Queue(1)
    small.put_nowait("a")
    try:
        small.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull")
    pq = asyncio.PriorityQueue()
    for x in [3, 1, 2]:
        pq.put_nowait(x)
    lq = asyncio.LifoQueue()
    for x in [3, 1, 2]:
        lq.put_nowait(x)
    print([pq.get_nowait() for _ in range(3)], [lq.get_nowait() for _ in range(3)])


async def locks():
    lock = asyncio.Lock()
    trace = []

    async def critical(n):
        await lock.acquire()
        try:
            trace.append("in %d" % n)
            await asyncio.sleep(0.01)
            trace.append("out %d" % n)
        finally:
            lock.release()

    await asyncio.gather(critical(1), critical(2), critical(3))
    print(trace, lock.locked(), repr(lock).split(' at ')[0], repr(lock).split()[-1])
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    ev = asyncio.Event()

    async def waiter(n):
        await ev.wait()
        return n

    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    print(ev.is_set(), [w.done() for w in ws], repr(ev).split(' at ')[0], repr(ev).split(' [')[1])
    ev.set()
    print(await asyncio.gather(*ws), repr(ev).split(' [')[1])
    sem = asyncio.Semaphore(2)
    active = [0, 0]

    async def limited():
        await sem.acquire()
        active[0] += 1
        active[1] = max(active[1], active[0])
        await asyncio.sleep(0.01)
        active[0] -= 1
        sem.release()

    await asyncio.gather(*(limited() for _ in range(5)))
    print("max concurrent:", active[1], sem.locked())
    b = asyncio.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)


async def misc():
    me = asyncio.current_task()
    print(me is not None, me.get_name().startswith("Task-"), me in asyncio.all_tasks())
    inner = asyncio.create_task(work("shielded", 0.01, []))
    outer = asyncio.shield(inner)
    outer.cancel()
    print(await inner, outer.cancelled())
    print(asyncio.iscoroutinefunction(work), asyncio.iscoroutinefunction(print))


async def main():
    for step in [timeouts, cancelling, waiting, queues, locks, misc]:
        print("--", step.__name__)
        await step()


asyncio.run(main())
