"""Multi-core scaling driver: N copies of one CPU-bound job at once, in N interpreters or N threads.

Usage: scaling.py MODE MAX_N RUNS [N ...]
  MODE "interps": each copy runs in its own interpreter (concurrent.interpreters on Isles,
  test.support.interpreters on CPython 3.13), driven from its own thread;
  MODE "threads": each copy runs in a thread of this one interpreter.
Prints one line per N: "N <median seconds> <min> <max> <median cpu seconds>" (wall time of
the whole batch, and the CPU time the process used meanwhile, `time.process_time`; creating
the interpreters is not timed). On a machine shared with other work the wall time also
measures the neighbours; N copies that do not slow each other down use N times the CPU time
of one copy whatever the load.
"""

import sys
import threading
import time

try:
    from concurrent import interpreters
except ImportError:
    try:
        from test.support import interpreters
    except ImportError:
        interpreters = None

HERE = sys.path[0]  # this script's directory, where job.py lives
import job  # noqa: E402

# Every interpreter imports the job module from this directory and runs it.
JOB = "import sys\nif %r not in sys.path:\n    sys.path.insert(0, %r)\nimport job\njob.run()\n" % (HERE, HERE)


def run_batch(mode, n, interps):
    if mode == "interps":
        threads = [threading.Thread(target=interps[k].exec, args=(JOB,)) for k in range(n)]
    else:
        threads = [threading.Thread(target=job.run) for _ in range(n)]
    c0 = time.process_time()
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0, time.process_time() - c0


def main():
    mode = sys.argv[1]
    max_n = int(sys.argv[2])
    runs = int(sys.argv[3])
    ns = [int(a) for a in sys.argv[4:]] or list(range(1, max_n + 1))
    if mode == "interps" and interpreters is None:
        print("no interpreters module")
        sys.exit(2)
    interps = []
    if mode == "interps":
        interps = [interpreters.create() for _ in range(max(ns))]
        for it in interps:
            it.exec(JOB)  # warm-up: compile and run once in every interpreter
    else:
        job.run()
    # Each run times every N in turn, so a busy phase of a shared machine hits all N alike
    # (timing all runs of N = 1 first and then all of N = 2 made the load of the moment part of
    # the efficiency).
    results = {n: [] for n in ns}
    for _ in range(runs):
        for n in ns:
            results[n].append(run_batch(mode, n, interps))
    for n in ns:
        batches = results[n]
        times = sorted(b[0] for b in batches)
        cpu = sorted(b[1] for b in batches)
        print(n, "%.6f" % times[len(times) // 2], "%.6f" % times[0], "%.6f" % times[-1],
              "%.6f" % cpu[len(cpu) // 2])
    for it in interps:
        it.close()


main()
