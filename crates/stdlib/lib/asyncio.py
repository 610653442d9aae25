"""asyncio (minimal): an event loop running coroutines as tasks: run, sleep, gather,
create_task, Task, Future, get_event_loop/get_running_loop, wait_for (no timeouts),
CancelledError. Time only orders sleepers; nothing waits on I/O."""

import time as _time

__all__ = ['run', 'sleep', 'gather', 'create_task', 'Task', 'Future', 'CancelledError',
           'get_running_loop', 'get_event_loop', 'iscoroutine', 'wait_for', 'TimeoutError']


class CancelledError(BaseException):
    """The operation was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


TimeoutError = TimeoutError

_running_loop = None


def iscoroutine(obj):
    return type(obj).__name__ == 'coroutine'


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
        self._loop.call_soon(self._step)

    def get_name(self):
        return self._name

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self._done:
            return False
        self._must_cancel = True
        return True

    def _step(self, exc=None):
        if self._done:
            return
        if self._must_cancel:
            exc = CancelledError()
            self._must_cancel = False
        try:
            if exc is None:
                waited = self._coro.send(None)
            else:
                waited = self._coro.throw(exc)
        except StopIteration as e:
            self.set_result(e.value)
        except CancelledError:
            Future.cancel(self)
        except BaseException as e:
            self.set_exception(e)
        else:
            if isinstance(waited, Future):
                waited._asyncio_future_blocking = False
                waited.add_done_callback(self._wakeup)
            elif waited is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError(
                    f'Task got bad yield: {waited!r}'))

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


class _Loop:
    def __init__(self):
        self._ready = []
        self._timers = []
        self._seq = 0
        self._time = 0.0

    def time(self):
        return self._time

    def call_soon(self, fn, *args):
        self._ready.append((fn, args))

    def call_later(self, delay, fn, *args):
        self._seq += 1
        self._timers.append((self._time + max(delay, 0), self._seq, fn, args))

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None):
        return Task(coro, loop=self, name=name)

    def run_until_complete(self, future):
        while not future.done():
            if not self._ready:
                if not self._timers:
                    raise RuntimeError('Event loop stopped before Future completed.')
                self._timers.sort(key=lambda t: (t[0], t[1]))
                when, _, fn, args = self._timers.pop(0)
                if when > self._time:
                    _time.sleep(when - self._time)
                    self._time = when
                self._ready.append((fn, args))
            ready, self._ready = self._ready, []
            for fn, args in ready:
                fn(*args)
        return future.result()


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    return get_running_loop()


def run(main, *, debug=None):
    global _running_loop
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    _running_loop = loop = _Loop()
    try:
        return loop.run_until_complete(loop.create_task(main))
    finally:
        _running_loop = None


def create_task(coro, *, name=None):
    return get_running_loop().create_task(coro, name=name)


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
        loop.call_later(self._delay, f.set_result, self._result)
        return (yield from f.__await__())


def sleep(delay, result=None):
    return _Sleep(delay, result)


def _ensure_future(aw):
    if isinstance(aw, Future):
        return aw
    return get_running_loop().create_task(aw)


class _Gather(Future):
    def __init__(self, children, return_exceptions):
        super().__init__()
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


async def wait_for(aw, timeout):
    return await aw
