"""OOP task scheduler: many small objects, method calls and attribute reads/writes.

A discrete-event simulation of workers pulling jobs from queues, in the style of the classic
Richards benchmark: every step is a handful of tiny methods on small objects.
"""


class Job:
    def __init__(self, ident, cost, priority):
        self.ident = ident
        self.cost = cost
        self.priority = priority
        self.done = 0

    def remaining(self):
        return self.cost - self.done

    def finished(self):
        return self.done >= self.cost


class Queue:
    def __init__(self, name):
        self.name = name
        self.items = []
        self.head = 0

    def push(self, job):
        self.items.append(job)

    def pop(self):
        if self.head < len(self.items):
            job = self.items[self.head]
            self.head += 1
            if self.head > 64 and self.head * 2 > len(self.items):
                self.items = self.items[self.head:]
                self.head = 0
            return job
        return None

    def size(self):
        return len(self.items) - self.head


class Worker:
    def __init__(self, ident, speed):
        self.ident = ident
        self.speed = speed
        self.current = None
        self.busy_ticks = 0
        self.completed = 0

    def idle(self):
        return self.current is None

    def assign(self, job):
        self.current = job

    def tick(self):
        job = self.current
        if job is None:
            return None
        self.busy_ticks += 1
        job.done += self.speed
        if job.finished():
            self.current = None
            self.completed += 1
            return job
        return None


class Stats:
    def __init__(self):
        self.finished = 0
        self.checksum = 0

    def record(self, tick, job):
        self.finished += 1
        self.checksum = (self.checksum * 31 + job.ident * 7 + tick) % 1000000007


class Scheduler:
    def __init__(self, nworkers, nqueues):
        self.workers = [Worker(i, 1 + i % 3) for i in range(nworkers)]
        self.queues = [Queue("q%d" % i) for i in range(nqueues)]
        self.stats = Stats()
        self.tick_count = 0
        self.seed = 12345

    def rand(self):
        self.seed = (self.seed * 1103515245 + 12345) & 0x7FFFFFFF
        return self.seed

    def submit(self, ident):
        r = self.rand()
        job = Job(ident, 3 + r % 17, r % 4)
        self.queues[job.priority % len(self.queues)].push(job)

    def pick_queue(self):
        best = None
        for q in self.queues:
            if q.size() > 0 and (best is None or q.size() > best.size()):
                best = q
        return best

    def step(self):
        self.tick_count += 1
        for w in self.workers:
            if w.idle():
                q = self.pick_queue()
                if q is not None:
                    w.assign(q.pop())
            job = w.tick()
            if job is not None:
                self.stats.record(self.tick_count, job)

    def run(self, njobs):
        submitted = 0
        while submitted < njobs or any(not w.idle() for w in self.workers) or self.pick_queue():
            if submitted < njobs:
                for _ in range(1 + self.rand() % 3):
                    self.submit(submitted)
                    submitted += 1
            self.step()
        return self.stats


def main():
    s = Scheduler(8, 4)
    stats = s.run(300000)
    busy = sum(w.busy_ticks for w in s.workers)
    done = [w.completed for w in s.workers]
    print("ticks", s.tick_count, "finished", stats.finished, "busy", busy)
    print("per worker", done)
    print("checksum", stats.checksum)


main()
