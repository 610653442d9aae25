"""asyncio beyond run/gather: the old get_event_loop().run_until_complete style, Runner,
TaskGroup (results, first failure cancels the rest, ExceptionGroup), timeout()/timeout_at,
to_thread/run_in_executor with a thread pool, call_soon_threadsafe, call_at and handles,
cancelling()/uncancel(), and tasks left running when asyncio.run returns."""
import asyncio
import threading
import time


async def job(n):
    await asyncio.sleep(0.001 * n)
    return n


loop = asyncio.get_event_loop()
print(loop.run_until_complete(job(1)), loop.is_running(), loop.is_closed())
print(loop.run_until_complete(asyncio.gather(job(2), job(1))))
loop.close()
print(loop.is_closed())
c = job(1)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print(e)
c.close()
asyncio.set_event_loop(asyncio.new_event_loop())

with asyncio.Runner() as r:
    print(r.run(job(0)), r.run(job(3)))
try:
    asyncio.run(123)
except ValueError as e:
    print(e)


async def fails(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def slow(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("slow cancelled")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(1))
        t2 = tg.create_task(job(2))
    print("group", t1.result(), t2.result())

    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(log))
            tg.create_task(fails("boom", 0.001))
            tg.create_task(fails("bang", 0.001))
    except* ValueError as eg:
        print("eg", sorted(str(e) for e in eg.exceptions), log)

    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timed out", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.001)
    print("in time", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("no deadline", cm.when())
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() + 0.005):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout_at")
    print("cancelling", asyncio.current_task().cancelling())

    print(await asyncio.to_thread(sum, [1, 2, 3]))
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))
    lp = asyncio.get_running_loop()
    results = await asyncio.gather(*(lp.run_in_executor(None, pow, 2, i) for i in range(5)))
    print(results)

    def blocking(x):
        time.sleep(0.01)
        return x * 10
    # A timer and a thread job both pending: the loop must wake for whichever comes first.
    r = await asyncio.gather(lp.run_in_executor(None, blocking, 4), asyncio.sleep(0.001, "t"))
    print(r)
    try:
        await lp.run_in_executor(None, int, "x")
    except ValueError as e:
        print("executor error:", e)

    fut = lp.create_future()
    threading.Thread(target=lambda: lp.call_soon_threadsafe(fut.set_result, "from thread")).start()
    print(await fut)

    order = []
    h = lp.call_soon(order.append, "cancelled handle")
    h.cancel()
    lp.call_at(lp.time() + 0.002, order.append, "at")
    lp.call_later(0.001, order.append, "later")
    lp.call_soon(order.append, "soon")
    await asyncio.sleep(0.005)
    print(order)

    async def forever(tag):
        try:
            while True:
                await asyncio.sleep(0.001)
        finally:
            print("cleanup", tag)
    asyncio.create_task(forever("bg"))
    await asyncio.sleep(0.002)
    return "main done"


print(asyncio.run(main()))
