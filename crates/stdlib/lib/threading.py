"""Threads of one interpreter, taking turns under its GIL (over Isles' native _thread)."""

import _thread
import _time
import sys

__all__ = [
    "Thread", "Lock", "RLock", "Condition", "Event", "Semaphore", "BoundedSemaphore",
    "current_thread", "main_thread", "get_ident", "active_count", "enumerate", "local",
    "TIMEOUT_MAX", "Barrier", "BrokenBarrierError", "Timer", "excepthook", "ExceptHookArgs",
]

TIMEOUT_MAX = 4294967.0
get_ident = _thread.get_ident


class Lock:
    """A primitive lock; any thread may release it."""

    def __init__(self):
        self._core = _thread._lock_new()

    def acquire(self, blocking=True, timeout=-1):
        return _thread._lock_acquire(self._core, blocking, timeout)

    def release(self):
        _thread._lock_release(self._core)

    def locked(self):
        return _thread._lock_locked(self._core)

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()

    def __repr__(self):
        state = "locked" if self.locked() else "unlocked"
        return "<" + state + " _thread.lock object>"


class RLock:
    """A lock the owning thread may take again; released as many times as taken."""

    def __init__(self):
        self._lock = Lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if self._lock.acquire(blocking, timeout):
            self._owner = me
            self._count = 1
            return True
        return False

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._lock.release()

    __enter__ = acquire

    def __exit__(self, *exc):
        self.release()


class Condition:
    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        self._lock.release()

    def _is_owned(self):
        if isinstance(self._lock, RLock):
            return self._lock._owner == get_ident()
        # A plain lock has no owner: held by someone counts, as in CPython.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_all(self):
        if isinstance(self._lock, RLock):
            count = self._lock._count
            self._lock._count = 1
            self._lock.release()
            return count
        self._lock.release()
        return 1

    def _restore(self, count):
        self._lock.acquire()
        if isinstance(self._lock, RLock):
            self._lock._count = count

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = Lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_all()
        got = False
        try:
            if timeout is None:
                got = waiter.acquire()
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)
            return got
        finally:
            self._restore(saved)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        # Spurious and stolen wake-ups wait again, for what is left of the timeout.
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time.monotonic() + waittime
                else:
                    waittime = endtime - _time.monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for w in woken:
            w.release()

    def notify_all(self):
        self.notify(len(self._waiters))


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def is_set(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if not self._flag:
                self._cond.wait(timeout)
            return self._flag


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if endtime is None:
                        endtime = _time.monotonic() + timeout
                    else:
                        timeout = endtime - _time.monotonic()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        super().__init__(value)
        self._initial = value

    def release(self, n=1):
        with self._cond:
            if self._value + n > self._initial:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


_active = {}
_limbo = {}
_counter = 0


def _new_name(target):
    global _counter
    _counter += 1
    name = "Thread-" + str(_counter)
    if target is not None:
        tname = getattr(target, "__name__", None)
        if tname is not None:
            name = name + " (" + tname + ")"
    return name


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        self._target = target
        self._name = str(name) if name is not None else _new_name(target)
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = daemon
        self._ident = None
        self._started = Event()
        self._done = Lock()
        self._done.acquire()
        self._is_done = False
        # The per-thread namespaces of `local` objects this thread used, cleared when it ends.
        self._local_spaces = []

    def __repr__(self):
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_done:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " " + str(self._ident)
        return "<" + type(self).__name__ + "(" + self._name + ", " + status + ")>"

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = value

    def is_alive(self):
        return self._started.is_set() and not self._is_done

    def start(self):
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        if self._daemonic and not _thread.daemon_threads_allowed():
            raise RuntimeError("daemon threads are disabled in this (sub)interpreter")
        _limbo[id(self)] = self
        _thread.start_new_thread(self._bootstrap, ())
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._ident = get_ident()
        _active[self._ident] = self
        del _limbo[id(self)]
        self._started.set()
        try:
            self.run()
        except BaseException as exc:
            _invoke_excepthook(self, exc)
        finally:
            for spaces in self._local_spaces:
                spaces.pop(self._ident, None)
            self._local_spaces = []
            self._is_done = True
            del _active[self._ident]
            self._done.release()

    def join(self, timeout=None):
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_done:
            return
        if timeout is None:
            got = self._done.acquire()
        else:
            got = self._done.acquire(True, max(timeout, 0))
        if got:
            self._done.release()


class _MainThread(Thread):
    def __init__(self):
        self._target = None
        self._name = "MainThread"
        self._daemonic = False
        self._ident = get_ident()
        self._started = Event()
        self._started._flag = True
        self._done = Lock()
        self._done.acquire()
        self._is_done = False
        self._local_spaces = []
        _active[self._ident] = self


class _DummyThread(Thread):
    def __init__(self):
        global _counter
        _counter += 1
        self._target = None
        self._name = "Dummy-" + str(_counter)
        self._daemonic = True
        self._ident = get_ident()
        self._started = Event()
        self._started._flag = True
        self._done = Lock()
        self._is_done = False
        self._local_spaces = []
        _active[self._ident] = self


_main_thread = _MainThread()


def current_thread():
    t = _active.get(get_ident())
    if t is None:
        return _DummyThread()
    return t


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return len(_active) + len(_limbo)


activeCount = active_count


def enumerate():
    return list(_active.values()) + list(_limbo.values())


class local:
    """Attributes seen only by the thread that set them. A subclass's __init__ runs again,
    with the same arguments, in each thread that first touches the object."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_isles_locals", {})
        object.__setattr__(self, "_isles_args", (args, kwargs))
        object.__getattribute__(self, "_ns")(False)
        return self

    def _ns(self, init=True):
        spaces = object.__getattribute__(self, "_isles_locals")
        key = get_ident()
        ns = spaces.get(key)
        if ns is None:
            ns = {}
            spaces[key] = ns
            t = _active.get(key)
            if t is not None:
                t._local_spaces.append(spaces)
            cls = type(self)
            if init and cls.__init__ is not object.__init__:
                args, kwargs = object.__getattribute__(self, "_isles_args")
                cls.__init__(self, *args, **kwargs)
        return ns

    def __getattribute__(self, name):
        if name in ("_ns", "__class__", "__dict__"):
            return object.__getattribute__(self, name)
        ns = object.__getattribute__(self, "_ns")()
        if name in ns:
            return ns[name]
        # Class attributes and methods of a subclass.
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        object.__getattribute__(self, "_ns")()[name] = value

    def __delattr__(self, name):
        ns = object.__getattribute__(self, "_ns")()
        if name not in ns:
            raise AttributeError(name)
        del ns[name]


class ExceptHookArgs:
    """What excepthook receives: exc_type, exc_value, exc_traceback, thread."""

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread

    def __iter__(self):
        return iter((self.exc_type, self.exc_value, self.exc_traceback, self.thread))


def excepthook(args):
    """Prints CPython's report of an exception a thread did not catch."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else str(get_ident())
    _thread._write_stderr("Exception in thread " + name + ":\n"
                          + _thread._format_current_exception())


__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    hook = excepthook
    try:
        hook(ExceptHookArgs(type(exc), exc, exc.__traceback__, thread))
    except BaseException:
        _thread._write_stderr("Exception in threading.excepthook:\n"
                              + _thread._format_current_exception())


class Timer(Thread):
    """Calls a function after a number of seconds, unless cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Lets a fixed number of threads wait for each other (CPython's algorithm)."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        if self.broken:
            return "<" + type(self).__name__ + " object: broken>"
        return ("<" + type(self).__name__ + " object: waiters=" + str(self.n_waiting)
                + "/" + str(self.parties) + ">")

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == -2


_atexit_calls = []


def _register_atexit(func, *arg, **kwargs):
    """Call func(*arg, **kwargs) when the interpreter shuts down, before joining threads
    (concurrent.futures uses it to stop its workers)."""
    _atexit_calls.append((func, arg, kwargs))


def _shutdown():
    """Waits for the non-daemon threads (the interpreter does this before exiting)."""
    while _atexit_calls:
        func, arg, kwargs = _atexit_calls.pop()
        func(*arg, **kwargs)
    for t in list(_active.values()):
        if t is not _main_thread and not t.daemon and t.is_alive():
            t.join()
