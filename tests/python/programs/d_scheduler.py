"""A cooperative task scheduler on generators with a priority queue, timers and channels."""
import heapq
import itertools
from collections import deque


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Send:
    def __init__(self, chan, value):
        self.chan, self.value = chan, value


class Recv:
    def __init__(self, chan):
        self.chan = chan


class Spawn:
    def __init__(self, gen, priority=5):
        self.gen, self.priority = gen, priority


class TaskFailed(Exception):
    pass


class Channel:
    def __init__(self, name, capacity=1):
        self.name = name
        self.capacity = capacity
        self.items = deque()
        self.waiting_recv = deque()
        self.waiting_send = deque()

    def __repr__(self):
        return f"<Channel {self.name} {list(self.items)}>"


class Task:
    _ids = itertools.count(1)

    def __init__(self, gen, priority):
        self.id = next(self._ids)
        self.gen = gen
        self.priority = priority
        self.send_value = None
        self.throw = None
        self.result = None

    def __lt__(self, other):
        return (self.priority, self.id) < (other.priority, other.id)

    def __repr__(self):
        return f"Task#{self.id}({self.gen.__name__}, p={self.priority})"


class Scheduler:
    def __init__(self):
        self.ready = []
        self.timers = []
        self.now = 0
        self.finished = {}
        self.trace = []

    def spawn(self, gen, priority=5):
        t = Task(gen, priority)
        heapq.heappush(self.ready, t)
        return t

    def _step(self, task):
        try:
            if task.throw is not None:
                exc, task.throw = task.throw, None
                op = task.gen.throw(exc)
            else:
                op = task.gen.send(task.send_value)
        except StopIteration as e:
            self.finished[task.id] = ("ok", e.value)
            self.trace.append((self.now, task.id, "done"))
            return
        except TaskFailed as e:
            self.finished[task.id] = ("failed", str(e))
            self.trace.append((self.now, task.id, "failed"))
            return
        task.send_value = None
        self._handle(task, op)

    def _handle(self, task, op):
        match op:
            case Sleep(ticks=t) if t > 0:
                heapq.heappush(self.timers, (self.now + t, task.id, task))
            case Sleep():
                heapq.heappush(self.ready, task)
            case Spawn(gen=g, priority=p):
                child = self.spawn(g, p)
                task.send_value = child.id
                heapq.heappush(self.ready, task)
            case Send(chan=c, value=v):
                if c.waiting_recv:
                    r = c.waiting_recv.popleft()
                    r.send_value = v
                    heapq.heappush(self.ready, r)
                    heapq.heappush(self.ready, task)
                elif len(c.items) < c.capacity:
                    c.items.append(v)
                    heapq.heappush(self.ready, task)
                else:
                    c.waiting_send.append((task, v))
            case Recv(chan=c):
                if c.items:
                    task.send_value = c.items.popleft()
                    heapq.heappush(self.ready, task)
                    if c.waiting_send:
                        s, v = c.waiting_send.popleft()
                        c.items.append(v)
                        heapq.heappush(self.ready, s)
                else:
                    c.waiting_recv.append(task)
            case None:
                heapq.heappush(self.ready, task)
            case other:
                task.throw = TypeError(f"bad request {other!r}")
                heapq.heappush(self.ready, task)

    def run(self, limit=200):
        steps = 0
        while (self.ready or self.timers) and steps < limit:
            while self.timers and (not self.ready or self.timers[0][0] <= self.now):
                when, _, t = heapq.heappop(self.timers)
                self.now = max(self.now, when)
                heapq.heappush(self.ready, t)
            task = heapq.heappop(self.ready)
            self._step(task)
            steps += 1
        return steps


def producer(chan, items):
    for it in items:
        print(f"  [produce] {it}")
        yield Send(chan, it)
        yield Sleep(1)
    yield Send(chan, None)
    return len(items)


def consumer(chan, name):
    total = 0
    while True:
        item = yield Recv(chan)
        if item is None:
            break
        total += item
        print(f"  [{name}] got {item}, total {total}")
    return total


def flaky(n):
    for i in range(n):
        yield Sleep(2)
        if i == 2:
            raise TaskFailed(f"flaky gave up at {i}")
    return "never"


def parent():
    kids = []
    for p in (3, 1):
        kid = yield Spawn(countdown(p), priority=p)
        kids.append(kid)
    try:
        yield "nonsense"
    except TypeError as e:
        print("  parent caught:", e)
    return kids


def countdown(n):
    while n:
        print(f"  countdown {n}")
        n -= 1
        yield
    return "liftoff"


sched = Scheduler()
ch = Channel("numbers", capacity=2)
sched.spawn(producer(ch, [1, 2, 3, 4, 5]), priority=2)
sched.spawn(consumer(ch, "sum"), priority=1)
sched.spawn(flaky(5), priority=4)
sched.spawn(parent(), priority=0)
steps = sched.run()
print("steps:", steps, "clock:", sched.now, ch)
for tid, (status, value) in sorted(sched.finished.items()):
    print(f"task {tid}: {status:>6} -> {value!r}")
print(sched.trace)
pipeline = (x * x for x in range(10) if x % 3)
evens = filter(lambda v: v % 2 == 0, pipeline)
print(list(itertools.islice(evens, 3)), list(pipeline))
