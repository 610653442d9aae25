# Minimal asyncio: run, sleep(0), create_task, gather, Future, interleaving order
import asyncio

log = []

async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name * steps

async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    r = await asyncio.gather(t1, t2, worker("c", 1))
    print(r, t1.done(), t1.result())
    fut = asyncio.get_running_loop().create_future()
    async def setter():
        await asyncio.sleep(0)
        fut.set_result(42)
    asyncio.create_task(setter())
    print("future", await fut)
    print(await asyncio.sleep(0, result="slept"))
    await asyncio.sleep(0.01)
    return "main done"

print(asyncio.run(main()))
print(log)

async def failing():
    await asyncio.sleep(0)
    raise KeyError("bad")

async def gather_errors():
    res = await asyncio.gather(failing(), worker("d", 1), return_exceptions=True)
    print([type(x).__name__ for x in res])
    try:
        await asyncio.gather(failing())
    except KeyError as e:
        print("KeyError:", e)

asyncio.run(gather_errors())
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
