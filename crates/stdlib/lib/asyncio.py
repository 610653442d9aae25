"""asyncio (minimal): an event loop running coroutines as tasks: run, sleep, gather, wait,
wait_for and as_completed with timeouts, create_task, Task (with cancellation), Future,
shield, Queue/LifoQueue/PriorityQueue, Lock, Event, Semaphore, BoundedSemaphore,
get_event_loop/get_running_loop/new_event_loop/set_event_loop, current_task/all_tasks,
Runner, TaskGroup, timeout/timeout_at, to_thread, run_in_executor/wrap_future and
call_soon_threadsafe. Time only orders sleepers; nothing waits on I/O, and the loop blocks
on calls handed over by other threads only while an executor job is outstanding."""

import time as _time

__all__ = ['run', 'sleep', 'gather', 'create_task', 'Task', 'Future', 'CancelledError',
           'get_running_loop', 'get_event_loop', 'iscoroutine', 'wait_for', 'TimeoutError',
           'wait', 'as_completed', 'shield', 'current_task', 'all_tasks', 'ensure_future',
           'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'InvalidStateError',
           'Queue', 'LifoQueue', 'PriorityQueue', 'QueueEmpty', 'QueueFull', 'Lock', 'Event',
           'Semaphore', 'BoundedSemaphore', 'iscoroutinefunction', 'Runner', 'TaskGroup',
           'Timeout', 'timeout', 'timeout_at', 'to_thread', 'wrap_future', 'new_event_loop',
           'set_event_loop']


class CancelledError(BaseException):
    """The operation was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


TimeoutError = TimeoutError

_running_loop = None


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine'


def iscoroutinefunction(func):
    return (bool(getattr(getattr(func, '__code__', None), 'co_flags', 0) & 0x80)
            or getattr(func, '_is_coroutine', None) is _is_coroutine)


# CPython's asyncio.coroutines: the marker unittest.mock's AsyncMock sets on itself.
_is_coroutine = object()
coroutines = type(_time)('asyncio.coroutines')
coroutines._is_coroutine = _is_coroutine
coroutines.iscoroutine = iscoroutine
coroutines.iscoroutinefunction = iscoroutinefunction


class Future:
    """A result that will exist later; awaiting it suspends the task until it does."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._done = False
        self._result = None
        self._exception = None
        self._cancelled = False
        self._callbacks = []

    def done(self):
        return self._done

    def cancelled(self):
        return self._cancelled

    def result(self):
        if self._cancelled:
            raise CancelledError()
        if not self._done:
            raise InvalidStateError('Result is not ready.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if not self._done:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def set_result(self, result):
        if self._done:
            raise InvalidStateError('invalid state')
        self._result = result
        self._finish()

    def set_exception(self, exception):
        if self._done:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        self._exception = exception
        self._finish()

    def cancel(self, msg=None):
        if self._done:
            return False
        self._cancelled = True
        self._finish()
        return True

    def add_done_callback(self, fn):
        if self._done:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        before = len(self._callbacks)
        self._callbacks = [f for f in self._callbacks if f != fn]
        return before - len(self._callbacks)

    def get_loop(self):
        return self._loop

    def _finish(self):
        self._done = True
        callbacks, self._callbacks = self._callbacks, []
        for fn in callbacks:
            self._loop.call_soon(fn, self)

    def __await__(self):
        if not self._done:
            self._asyncio_future_blocking = True
            yield self
        return self.result()

    __iter__ = __await__


class Task(Future):
    """A coroutine scheduled on the loop; its result is the coroutine's return value."""

    _counter = 0

    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        Task._counter += 1
        self._coro = coro
        self._name = name if name is not None else f'Task-{Task._counter}'
        self._must_cancel = False
        self._fut_waiter = None
        self._num_cancels_requested = 0
        self._loop._tasks.append(self)
        self._loop.call_soon(self._step)

    def get_name(self):
        return self._name

    def get_coro(self):
        return self._coro

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        if self._done:
            return False
        self._num_cancels_requested += 1
        # A task waiting on a future is woken through it (the future's result raises
        # CancelledError into the coroutine); otherwise the next step throws it in.
        if self._fut_waiter is not None and self._fut_waiter.cancel():
            return True
        self._must_cancel = True
        return True

    def _step(self, exc=None):
        if self._done:
            return
        if self._must_cancel:
            exc = CancelledError()
            self._must_cancel = False
        self._fut_waiter = None
        self._loop._current = self
        try:
            if exc is None:
                waited = self._coro.send(None)
            else:
                waited = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self)
            else:
                self.set_result(e.value)
        except CancelledError:
            Future.cancel(self)
        except BaseException as e:
            self.set_exception(e)
        else:
            if isinstance(waited, Future):
                waited._asyncio_future_blocking = False
                self._fut_waiter = waited
                waited.add_done_callback(self._wakeup)
                if self._must_cancel and waited.cancel():
                    self._must_cancel = False
            elif waited is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError(
                    f'Task got bad yield: {waited!r}'))
        finally:
            self._loop._current = None

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as e:
            self._step(e)
        else:
            self._step()

    def __repr__(self):
        state = 'finished' if self._done else 'pending'
        return f'<Task {state} name={self._name!r}>'


class _Timer:
    """A call scheduled by call_soon/call_later; cancel() drops it (a Handle/TimerHandle)."""

    def __init__(self, when, seq, fn, args):
        self.when = when
        self.seq = seq
        self.fn = fn
        self.args = args
        self.cancelled = False

    def cancel(self):
        self.cancelled = True

    def _run(self):
        if not self.cancelled:
            self.fn(*self.args)


class _Loop:
    def __init__(self):
        self._ready = []
        self._timers = []
        self._seq = 0
        self._time = 0.0
        self._tasks = []
        self._current = None
        self._closed = False
        self._running = False
        # Calls handed over by other threads (call_soon_threadsafe), and how many
        # executor jobs may still hand one over: the loop blocks on this queue only then.
        self._threadsafe = None
        self._pending_threads = 0
        self._default_executor = None

    def time(self):
        return self._time

    def call_soon(self, fn, *args, context=None):
        self._check_closed()
        h = _Timer(self._time, 0, fn, args)
        self._ready.append(h)
        return h

    def call_later(self, delay, fn, *args, context=None):
        self._check_closed()
        self._seq += 1
        timer = _Timer(self._time + max(delay, 0), self._seq, fn, args)
        self._timers.append(timer)
        return timer

    def call_at(self, when, fn, *args, context=None):
        return self.call_later(when - self._time, fn, *args)

    def call_soon_threadsafe(self, fn, *args, context=None):
        self._check_closed()
        self._thread_queue().put((fn, args))

    def _thread_queue(self):
        if self._threadsafe is None:
            import queue
            self._threadsafe = queue.SimpleQueue()
        return self._threadsafe

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def run_in_executor(self, executor, func, *args):
        """Runs `func(*args)` in `executor` (a thread pool made on first use when None);
        the returned future completes on this loop."""
        self._check_closed()
        if executor is None:
            if self._default_executor is None:
                import concurrent.futures
                self._default_executor = concurrent.futures.ThreadPoolExecutor()
            executor = self._default_executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def shutdown_default_executor(self):
        if self._default_executor is not None:
            self._default_executor.shutdown(wait=True)
            self._default_executor = None

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._timers.clear()
        if self._default_executor is not None:
            self._default_executor.shutdown(wait=False)
            self._default_executor = None

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def run_until_complete(self, future):
        global _running_loop
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        future = ensure_future(future, loop=self)
        self._running = True
        _running_loop = self
        try:
            while not future.done():
                self._run_once()
        finally:
            self._running = False
            _running_loop = None
        return future.result()

    def _take_threadsafe(self, block=False, timeout=None):
        """Schedules one call handed over by another thread; False if none came (waiting
        up to `timeout` seconds when `block`)."""
        import queue
        try:
            fn, args = self._thread_queue().get(block, timeout)
        except queue.Empty:
            return False
        self.call_soon(fn, *args)
        return True

    def _run_once(self):
        tq = self._threadsafe
        while tq is not None and not tq.empty():
            self._take_threadsafe()
        if not self._ready:
            timers = [t for t in self._timers if not t.cancelled]
            self._timers = timers
            if not timers:
                if self._pending_threads > 0:
                    self._take_threadsafe(block=True)
                    return
                raise RuntimeError('Event loop stopped before Future completed.')
            timers.sort(key=lambda t: (t.when, t.seq))
            t = timers[0]
            if t.when > self._time:
                delay = t.when - self._time
                if self._pending_threads > 0:
                    # Sleep until the timer, unless a thread hands a call over first.
                    start = _time.monotonic()
                    if self._take_threadsafe(block=True, timeout=delay):
                        self._time += min(_time.monotonic() - start, delay)
                        return
                else:
                    _time.sleep(delay)
                self._time = t.when
            # Every timer now due runs in this batch (as CPython's _run_once does).
            due = 0
            while due < len(timers) and timers[due].when <= self._time:
                due += 1
            self._ready.extend(timers[:due])
            del timers[:due]
        ready, self._ready = self._ready, []
        for h in ready:
            h._run()


def wrap_future(future, *, loop=None):
    """An asyncio future that follows a concurrent.futures future (run_in_executor)."""
    if isinstance(future, Future):
        return future
    loop = loop if loop is not None else get_event_loop()
    new = loop.create_future()
    loop._pending_threads += 1

    def copy(src):
        loop._pending_threads -= 1
        if new.done():
            return
        if src.cancelled():
            new.cancel()
        elif src.exception() is not None:
            new.set_exception(src.exception())
        else:
            new.set_result(src.result())

    future.add_done_callback(lambda f: loop.call_soon_threadsafe(copy, f))
    return new


def _cancel_all_tasks(loop):
    """What asyncio.run does after the main coroutine: cancel the tasks left and let
    them unwind."""
    left = [t for t in loop._tasks if not t.done()]
    if not left:
        return
    for t in left:
        t.cancel()
    loop.run_until_complete(gather(*left, return_exceptions=True))


_event_loop = None


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def _get_running_loop():
    return _running_loop


def get_event_loop():
    """The running loop, or outside one the current loop (made on first use)."""
    global _event_loop
    if _running_loop is not None:
        return _running_loop
    if _event_loop is None:
        _event_loop = _Loop()
    return _event_loop


def new_event_loop():
    return _Loop()


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


class Runner:
    """Runs coroutines on one loop, then closes it (what asyncio.run uses)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._loop = None
        self._state = 'created'
        self._factory = loop_factory

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError(f'a coroutine was expected, got {coro!r}')
        if _running_loop is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        return self._loop.run_until_complete(self._loop.create_task(coro))

    def close(self):
        if self._state != 'initialized':
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            loop.shutdown_default_executor()
        finally:
            loop.close()
            self._loop = None
            self._state = 'closed'

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError('Runner is closed')
        if self._state == 'initialized':
            return
        self._loop = self._factory() if self._factory is not None else _Loop()
        self._state = 'initialized'


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug) as runner:
        return runner.run(main)


async def to_thread(func, /, *args, **kwargs):
    """Runs `func` in the loop's default thread pool and awaits its result."""
    loop = get_running_loop()
    if kwargs:
        import functools
        func = functools.partial(func, *args, **kwargs)
        args = ()
    return await loop.run_in_executor(None, func, *args)


def create_task(coro, *, name=None):
    return get_running_loop().create_task(coro, name=name)


def current_task(loop=None):
    return (loop or get_running_loop())._current


def all_tasks(loop=None):
    return {t for t in (loop or get_running_loop())._tasks if not t.done()}


class _Sleep:
    def __init__(self, delay, result):
        self._delay = delay
        self._result = result

    def __await__(self):
        if self._delay <= 0:
            yield None
            return self._result
        loop = get_running_loop()
        f = loop.create_future()
        h = loop.call_later(self._delay, _set_result_unless_cancelled, f, self._result)
        try:
            return (yield from f.__await__())
        finally:
            h.cancel()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def sleep(delay, result=None):
    return _Sleep(delay, result)


def ensure_future(aw, *, loop=None):
    if isinstance(aw, Future):
        return aw
    if iscoroutine(aw):
        return (loop or get_event_loop()).create_task(aw)
    if hasattr(aw, '__await__'):
        async def _wrap():
            return await aw
        return (loop or get_event_loop()).create_task(_wrap())
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


_ensure_future = ensure_future


class _Gather(Future):
    def __init__(self, children, return_exceptions):
        super().__init__(loop=children[0]._loop if children else None)
        self._children = children
        self._return_exceptions = return_exceptions
        self._left = len(children)
        if not children:
            self.set_result([])
        for c in children:
            c.add_done_callback(self._child_done)

    def _child_done(self, child):
        if self._done:
            return
        if not self._return_exceptions and not child.cancelled() and child.exception() is not None:
            self.set_exception(child.exception())
            return
        self._left -= 1
        if self._left == 0:
            results = []
            for c in self._children:
                if c.cancelled():
                    results.append(CancelledError())
                elif c.exception() is not None:
                    results.append(c.exception())
                else:
                    results.append(c._result)
            self.set_result(results)


def gather(*aws, return_exceptions=False):
    return _Gather([_ensure_future(a) for a in aws], return_exceptions)


async def wait_for(fut, timeout):
    """Waits for `fut` at most `timeout` seconds; on timeout cancels it and raises
    TimeoutError (CPython 3.11's wait_for)."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        fut.cancel()
        await _wait_cancelled(fut)
        raise TimeoutError()
    waiter = loop.create_future()

    def release(_=None):
        if not waiter.done():
            waiter.set_result(None)

    timer = loop.call_later(timeout, release)
    fut.add_done_callback(release)
    try:
        try:
            await waiter
        except CancelledError:
            fut.remove_done_callback(release)
            fut.cancel()
            await _wait_cancelled(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(release)
        fut.cancel()
        await _wait_cancelled(fut)
        raise TimeoutError()
    finally:
        timer.cancel()


async def _wait_cancelled(fut):
    """Waits until a cancelled future has finished unwinding, ignoring its outcome."""
    if fut.done():
        return
    waiter = get_running_loop().create_future()

    def release(_):
        if not waiter.done():
            waiter.set_result(None)

    fut.add_done_callback(release)
    await waiter


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures or tasks `fs`; returns the sets (done, pending)."""
    if isinstance(fs, Future) or iscoroutine(fs):
        raise TypeError(f'expect a list of futures, not {type(fs).__name__}')
    fs = set(ensure_future(f) for f in fs)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    loop = get_running_loop()
    waiter = loop.create_future()
    left = [len(fs)]

    def on_done(f):
        left[0] -= 1
        if (left[0] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled()
                 and f.exception() is not None)):
            if not waiter.done():
                waiter.set_result(None)

    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, lambda: waiter.done() or waiter.set_result(None))
    for f in fs:
        f.add_done_callback(on_done)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(on_done)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """Iterates over awaitables that give the results of `fs` in the order they finish."""
    if isinstance(fs, Future) or iscoroutine(fs):
        raise TypeError(f'expect an iterable of futures, not {type(fs).__name__}')
    loop = get_running_loop()
    todo = [ensure_future(f) for f in set(fs)]
    done = Queue()
    timer = None

    def on_done(f):
        if f in todo:
            todo.remove(f)
            done.put_nowait(f)
            if not todo and timer is not None:
                timer.cancel()

    def on_timeout():
        for f in list(todo):
            f.remove_done_callback(on_done)
            done.put_nowait(None)
        todo.clear()

    for f in todo:
        f.add_done_callback(on_done)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, on_timeout)

    async def wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError()
        return f.result()

    for _ in range(len(todo)):
        yield wait_for_one()


def shield(arg):
    """A future that follows `arg` but whose cancellation does not cancel `arg`."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = get_running_loop().create_future()

    def copy(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
        elif inner.exception() is not None:
            outer.set_exception(inner.exception())
        else:
            outer.set_result(inner.result())

    inner.add_done_callback(copy)
    return outer


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when Queue.put_nowait() is called on a full Queue."""


class Queue:
    """A FIFO queue for tasks of one loop: get waits while empty, put while full."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        from collections import deque
        self._queue = deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} maxsize={self._maxsize!r}>'

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue that gives the lowest entry first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        from heapq import heappush
        heappush(self._queue, item)

    def _get(self):
        from heapq import heappop
        return heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that gives the most recently added entry first."""

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop()


class Event:
    """A flag tasks can wait on until another task sets it."""

    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        state = 'set' if self._value else 'unset'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return f"<asyncio.locks.Event object at {id(self):#x} [{state}]>"

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for w in self._waiters:
                if not w.done():
                    w.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


def _wake_up_first(waiters):
    """Wakes the first waiter of a Lock or Semaphore that is still waiting."""
    for w in waiters:
        if not w.done():
            w.set_result(True)
            return


class _ContextLock:
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextLock):
    """A mutual-exclusion lock for tasks: acquire waits (first come, first served)."""

    def __init__(self):
        self._waiters = []
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return f"<asyncio.locks.Lock object at {id(self):#x} [{state}]>"

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not any(not w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        except CancelledError:
            if fut in self._waiters:
                self._waiters.remove(fut)
            if not self._locked:
                _wake_up_first(self._waiters)
            raise
        self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        _wake_up_first(self._waiters)


class Semaphore(_ContextLock):
    """A counter tasks decrement by acquire (waiting at zero) and increment by release."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = []

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                if fut in self._waiters:
                    self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        _wake_up_first(self._waiters)


class BoundedSemaphore(Semaphore):
    """A Semaphore that may not be released more often than acquired."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class Timeout:
    """`async with asyncio.timeout(delay)`: cancels the task when the deadline passes and
    turns that cancellation into TimeoutError on leaving the block (CPython 3.11)."""

    def __init__(self, when):
        self._state = 'created'
        self._timeout_handler = None
        self._task = None
        self._when = when
        self._cancelling = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'entered':
            raise RuntimeError(f'Cannot change state of {self._state} Timeout')
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if when is not None:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ('expiring', 'expired')

    def __repr__(self):
        info = ['']
        if self._state == 'entered':
            info.append(f'when={self._when}')
        return f"<Timeout [{self._state}]{' '.join(info)}>"

    async def __aenter__(self):
        self._state = 'entered'
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == 'entered':
            self._state = 'exited'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


class TaskGroup:
    """`async with asyncio.TaskGroup() as tg`: waits for every task made with
    tg.create_task; the first failure cancels the others, and the failures are raised
    together as an ExceptionGroup (CPython 3.11)."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._tasks = set()
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    def __repr__(self):
        info = ['']
        if self._tasks:
            info.append(f'tasks={len(self._tasks)}')
        if self._errors:
            info.append(f'errors={len(self._errors)}')
        if self._aborting:
            info.append('cancelling')
        elif self._entered:
            info.append('entered')
        return f"<TaskGroup{' '.join(info)}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has been already entered')
        self._entered = True
        self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                raise BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors) from None
            finally:
                self._errors = None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError(f'TaskGroup {self!r} has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError(f'TaskGroup {self!r} is finished')
        if self._aborting:
            raise RuntimeError(f'TaskGroup {self!r} is shutting down')
        task = self._loop.create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed_fut is not None and not self._tasks:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()
