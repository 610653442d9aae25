"""Futures and executors (CPython's concurrent.futures): Future, ThreadPoolExecutor,
InterpreterPoolExecutor (each worker thread runs its own interpreter), wait, as_completed."""

import threading
import time
import queue as _queue

__all__ = [
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "CancelledError", "TimeoutError",
    "InvalidStateError", "BrokenExecutor", "Future", "Executor", "wait", "as_completed",
    "ThreadPoolExecutor", "InterpreterPoolExecutor",
]

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"
_AS_COMPLETED = "_AS_COMPLETED"

PENDING = "PENDING"
RUNNING = "RUNNING"
CANCELLED = "CANCELLED"
CANCELLED_AND_NOTIFIED = "CANCELLED_AND_NOTIFIED"
FINISHED = "FINISHED"

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

TimeoutError = TimeoutError


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""


class _Waiter:
    """Collects futures as they finish, for wait() and as_completed()."""

    def __init__(self, kind, num_pending=0, stop_on_exception=False):
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []
        self.kind = kind
        self.num_pending = num_pending
        self.stop_on_exception = stop_on_exception

    def _done(self):
        if self.kind == FIRST_COMPLETED or self.kind == _AS_COMPLETED:
            self.event.set()
            return
        self.num_pending -= 1
        if self.num_pending <= 0:
            self.event.set()

    def add_result(self, future):
        with self.lock:
            self.finished_futures.append(future)
            self._done()

    def add_exception(self, future):
        with self.lock:
            self.finished_futures.append(future)
            if self.stop_on_exception:
                self.event.set()
            else:
                self._done()

    def add_cancelled(self, future):
        with self.lock:
            self.finished_futures.append(future)
            self._done()


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as e:
                print("exception calling callback for", repr(self) + ":", repr(e))

    def __repr__(self):
        with self._condition:
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception is not None:
                    return ("<Future state=" + state + " raised "
                            + type(self._exception).__name__ + ">")
                return ("<Future state=" + state + " returned "
                        + type(self._result).__name__ + ">")
            return "<Future state=" + state + ">"

    def cancel(self):
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def __get_result(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as e:
            print("exception calling callback for", repr(self) + ":", repr(e))

    def result(self, timeout=None):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self.__get_result()
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self.__get_result()
            raise TimeoutError()

    def exception(self, timeout=None):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError("Future in unexpected state")

    def set_result(self, result):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError(self._state + ": " + repr(self))
            self._result = result
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError(self._state + ": " + repr(self))
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()


class _AcquireFutures:
    """Holds every future's condition (in id order, so two holders cannot deadlock) while a
    caller reads their states and installs a waiter: a future finishing in between would
    otherwise notify no one and the caller would wait forever."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):
        for future in self.futures:
            future._condition.release()


def _create_and_install_waiters(fs, return_when):
    if return_when == _AS_COMPLETED:
        waiter = _Waiter(_AS_COMPLETED)
    elif return_when == FIRST_COMPLETED:
        waiter = _Waiter(FIRST_COMPLETED)
    else:
        pending_count = sum(
            1 for f in fs if f._state not in (CANCELLED_AND_NOTIFIED, FINISHED))
        if return_when == FIRST_EXCEPTION:
            waiter = _Waiter(ALL_COMPLETED, pending_count, True)
        elif return_when == ALL_COMPLETED:
            waiter = _Waiter(ALL_COMPLETED, pending_count, False)
        else:
            raise ValueError("Invalid return condition: " + repr(return_when))
    for f in fs:
        f._waiters.append(waiter)
    return waiter


def as_completed(fs, timeout=None):
    """Yields the futures as they complete (finished or cancelled)."""
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = list(dict.fromkeys(fs))
    total = len(fs)
    with _AcquireFutures(fs):
        finished = [f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED)]
        pending = [f for f in fs if f not in finished]
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)
    try:
        yield from finished
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError(
                        str(len(pending)) + " (of " + str(total) + ") futures unfinished")
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                done = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            for f in done:
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


class DoneAndNotDoneFutures:
    """(done, not_done), as wait() returns them (a named pair)."""

    def __init__(self, pair):
        self.done, self.not_done = pair

    def __iter__(self):
        return iter((self.done, self.not_done))

    def __getitem__(self, i):
        return (self.done, self.not_done)[i]

    def __len__(self):
        return 2

    def __repr__(self):
        return "DoneAndNotDoneFutures(done=" + repr(self.done) + ", not_done=" + repr(self.not_done) + ")"


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures; returns the sets (done, not_done)."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = set(f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED))
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures((done, not_done))
        if return_when == FIRST_EXCEPTION and done:
            if any(f for f in done if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures((done, not_done))
        if len(done) == len(fs):
            return DoneAndNotDoneFutures((done, not_done))
        waiter = _create_and_install_waiters(fs, return_when)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures((done, fs - done))


class Executor:
    """Runs calls asynchronously; subclasses say where."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield fs.pop().result()
                    else:
                        yield fs.pop().result(end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    def __init__(self, future, task):
        self.future = future
        self.task = task

    def run(self, ctx):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = ctx.run(self.task)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None
        else:
            self.future.set_result(result)


class BrokenThreadPool(BrokenExecutor):
    """Raised when a worker thread in a ThreadPoolExecutor failed initializing."""


class _ThreadContext:
    """What a thread-pool worker runs tasks in: the worker's own thread."""

    def __init__(self, initializer, initargs):
        self.initializer = initializer
        self.initargs = initargs

    def initialize(self):
        if self.initializer is not None:
            self.initializer(*self.initargs)

    def finalize(self):
        pass

    def run(self, task):
        fn, args, kwargs = task
        return fn(*args, **kwargs)


_executors = []
_shutting_down = False


def _python_exit():
    global _shutting_down
    _shutting_down = True
    for ex in list(_executors):
        ex.shutdown(wait=True)


threading._register_atexit(_python_exit)


def _worker(executor, ctx, work_queue):
    try:
        ctx.initialize()
    except BaseException:
        executor._initializer_failed()
        return
    try:
        while True:
            work_item = work_queue.get(block=True)
            if work_item is not None:
                work_item.run(ctx)
                del work_item
                executor._idle_semaphore.release()
                continue
            # None: the executor is shutting down; wake the next worker too.
            work_queue.put(None)
            return
    finally:
        ctx.finalize()


class ThreadPoolExecutor(Executor):
    """Runs calls on a pool of threads of this interpreter."""

    _counter = 0

    @classmethod
    def _make_context(cls, initializer, initargs):
        return _ThreadContext(initializer, initargs)

    @classmethod
    def _default_workers(cls):
        return 5

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is None:
            max_workers = self._default_workers()
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = []
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        ThreadPoolExecutor._counter += 1
        self._thread_name_prefix = (
            thread_name_prefix or (type(self).__name__ + "-" + str(ThreadPoolExecutor._counter - 1)))
        self._initializer = initializer
        self._initargs = initargs
        _executors.append(self)

    def _resolve_task(self, fn, args, kwargs):
        return (fn, args, kwargs)

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError("cannot schedule new futures after shutdown")
            if _shutting_down:
                raise RuntimeError("cannot schedule new futures after interpreter shutdown")
            f = Future()
            self._work_queue.put(_WorkItem(f, self._resolve_task(fn, args, kwargs)))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            name = self._thread_name_prefix + "_" + str(num_threads)
            ctx = self._make_context(self._initializer, self._initargs)
            t = threading.Thread(name=name, target=_worker, args=(self, ctx, self._work_queue))
            t.start()
            self._threads.append(t)

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ("A thread initializer failed, the thread pool "
                            "is not usable anymore")
            while True:
                try:
                    work_item = self._work_queue.get_nowait()
                except _queue.Empty:
                    break
                if work_item is not None:
                    work_item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        work_item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if work_item is not None:
                        work_item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
        if self in _executors:
            _executors.remove(self)


class _InterpreterContext:
    """What an interpreter-pool worker runs tasks in: an interpreter of its own."""

    def __init__(self, initializer, initargs):
        self.initializer = initializer
        self.initargs = initargs
        self.interp = None

    def initialize(self):
        from concurrent import interpreters
        self.interp = interpreters.create()
        if self.initializer is not None:
            self.interp.call(self.initializer, *self.initargs)

    def finalize(self):
        if self.interp is not None:
            self.interp.close()
            self.interp = None

    def run(self, task):
        fn, args, kwargs = task
        return self.interp.call(fn, *args, **kwargs)


class BrokenInterpreterPool(BrokenThreadPool):
    """Raised when a worker interpreter failed initializing."""


class InterpreterPoolExecutor(ThreadPoolExecutor):
    """Runs calls on a pool of threads, each with its own interpreter: calls run in parallel
    on separate GILs. Functions cross by their code (see Interpreter.call); arguments and
    results must be shareable or lists, dicts and sets of shareable values."""

    @classmethod
    def _make_context(cls, initializer, initargs):
        return _InterpreterContext(initializer, initargs)

    def _resolve_task(self, fn, args, kwargs):
        if not callable(fn):
            raise TypeError("expected a callable, got " + repr(fn))
        return (fn, args, kwargs)
