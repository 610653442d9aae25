"""Multiple interpreters in one process (PEP 734), over Isles' native _interpreters."""

import queue as _queue
import threading as _threading

import _interpreters
from _interpreters import InterpreterError, InterpreterNotFoundError, NotShareableError

__all__ = [
    "get_current", "get_main", "create", "list_all", "is_shareable", "Interpreter",
    "InterpreterError", "InterpreterNotFoundError", "ExecutionFailed", "NotShareableError",
    "create_queue", "Queue", "QueueEmpty", "QueueFull",
    "UNBOUND", "UNBOUND_ERROR", "UNBOUND_REMOVE", "ItemInterpreterDestroyed",
]

is_shareable = _interpreters.is_shareable


class _Handle:
    """What queues and interpreters share: one object per id, shown and hashed by it."""

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self._id) + ")"

    def __hash__(self):
        return hash(self._id)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return other._id == self._id

    @property
    def id(self):
        return self._id


class QueueError(RuntimeError):
    """A cross-interpreter queue failed."""


class QueueNotFoundError(QueueError):
    pass


class QueueEmpty(QueueError, _queue.Empty):
    """Raised from get_nowait() when the queue is empty."""


class QueueFull(QueueError, _queue.Full):
    """Raised from put_nowait() when the queue is full."""


class ItemInterpreterDestroyed(QueueError):
    """Raised when trying to get an item whose interpreter was destroyed."""


class UnboundQueueItem:
    """Represents a queue item no longer bound to an interpreter (UNBOUND)."""

    __slots__ = ()

    def __repr__(self):
        return "concurrent.interpreters._queues.UNBOUND"


UNBOUND = object.__new__(UnboundQueueItem)
UNBOUND_ERROR = object()
UNBOUND_REMOVE = object()

# The native core's flags for the policies (CPython's numbering).
_UNBOUND_FLAGS = {id(UNBOUND_REMOVE): 1, id(UNBOUND_ERROR): 2, id(UNBOUND): 3}
_UNBOUND_BY_FLAG = {1: UNBOUND_REMOVE, 2: UNBOUND_ERROR, 3: UNBOUND}


def _unbound_flag(op):
    if op is None:
        return None
    flag = _UNBOUND_FLAGS.get(id(op))
    if flag is None:
        raise NotImplementedError("unsupported unbound replacement op " + repr(op))
    return flag


# The native core raises these classes.
_interpreters.ItemInterpreterDestroyed = ItemInterpreterDestroyed
_interpreters.QueueError = QueueError
_interpreters.QueueNotFoundError = QueueNotFoundError
_interpreters.QueueEmpty = QueueEmpty
_interpreters.QueueFull = QueueFull

# One Queue object per queue id, as CPython 3.14 keeps them (it uses a weak-value table).
# Wrappers that only this table holds are dropped when it has doubled in size (amortized
# constant time), so it stays at most twice the queues still referred to, plus 8.
_known_queues = {}
_queues_prune_at = 8


def _queue_from_core(core):
    global _queues_prune_at
    qid = _interpreters.queue_id(core)
    q = _known_queues.get(qid)
    if q is not None:
        return q
    if len(_known_queues) >= _queues_prune_at:
        _interpreters.prune_unshared(_known_queues)
        _queues_prune_at = max(8, 2 * len(_known_queues))
    q = object.__new__(Queue)
    q._core = core
    q._id = qid
    _known_queues[qid] = q
    return q


def create_queue(maxsize=0, *, unbounditems=UNBOUND):
    """A new queue that any interpreter may use.

    "unbounditems" says what becomes of an item whose sending interpreter is closed before
    the item is received: UNBOUND (get() returns UNBOUND in its place), UNBOUND_ERROR (get()
    raises ItemInterpreterDestroyed) or UNBOUND_REMOVE (the item disappears).
    """
    return _queue_from_core(_interpreters.queue_create(maxsize, _unbound_flag(unbounditems)))


class Queue(_Handle):
    """A FIFO queue of shareable objects, usable from any interpreter."""

    def __new__(cls, id, /):
        if not isinstance(id, int):
            raise TypeError("id must be an int, got " + repr(id))
        return _queue_from_core(_interpreters.queue_lookup(id))

    @property
    def unbounditems(self):
        """The queue's default policy for items whose interpreter was closed."""
        return _UNBOUND_BY_FLAG[_interpreters.queue_unbound(self._core)]

    @property
    def maxsize(self):
        return _interpreters.queue_maxsize(self._core)

    def empty(self):
        return _interpreters.queue_empty(self._core)

    def full(self):
        return _interpreters.queue_full(self._core)

    def qsize(self):
        return _interpreters.queue_qsize(self._core)

    # put(self, obj, block=True, timeout=None, *, unbounditems=None) and
    # get(self, block=True, timeout=None) are native methods (no Python frame per item).
    put = _interpreters.queue_put_method

    def put_nowait(self, obj, *, unbounditems=None):
        _interpreters.queue_put(self._core, obj, False, None, _unbound_flag(unbounditems))

    get = _interpreters.queue_get_method

    def get_nowait(self):
        return _interpreters.queue_get(self._core, False, None)


def _excinfo(name, qualname, module, msg, errdisplay):
    """CPython's summary of an exception not caught in another interpreter (only this
    crosses, never the exception): its class as a namespace, its message, "Type: msg" and
    the whole traceback."""
    import types

    return types.SimpleNamespace(
        type=types.SimpleNamespace(__name__=name, __qualname__=qualname, __module__=module),
        msg=msg,
        formatted=("" if module in ("builtins", "__main__") else module + ".")
        + qualname + ": " + msg,
        errdisplay=errdisplay,
    )


class ExecutionFailed(InterpreterError):
    """An unhandled exception happened during Interpreter.exec() or Interpreter.call()."""

    def __init__(self, excinfo):
        msg = excinfo.formatted
        if not msg:
            if excinfo.type and excinfo.msg:
                msg = excinfo.type.__name__ + ": " + excinfo.msg
            else:
                msg = excinfo.type.__name__ or excinfo.msg
        super().__init__(msg)
        self.excinfo = excinfo

    def __str__(self):
        try:
            shown = self.excinfo.errdisplay
        except Exception:
            return super().__str__()
        return super().__str__() + "\n\nUncaught in the interpreter:\n\n" + shown


_known = {}
_prune_at = 64


def _get(id):
    global _prune_at
    interp = _known.get(id)
    if interp is None:
        if len(_known) >= _prune_at:
            # Forget interpreters closed elsewhere (from Rust, or by another interpreter),
            # so the table stays as large as the live set.
            live = set(i for i, _ in _interpreters.list_all())
            for dead in [i for i in _known if i not in live]:
                del _known[dead]
            _prune_at = max(64, 2 * len(_known))
        interp = object.__new__(Interpreter)
        interp._id = id
        _known[id] = interp
    return interp


def create():
    """Return a new, idle interpreter."""
    return _get(_interpreters.create())


def list_all():
    """Every live interpreter, in creation order."""
    return [_get(id) for id, _ in _interpreters.list_all()]


def get_current():
    return _get(_interpreters.get_current())


def get_main():
    return _get(_interpreters.get_main())


class Interpreter(_Handle):
    """A handle to one interpreter; there is one such object per interpreter id."""

    def __new__(cls, id, /):
        if not isinstance(id, int):
            raise TypeError("id must be an int, got " + repr(id))
        id = int(id)
        _interpreters.whence(id)
        return _get(id)


    @property
    def whence(self):
        # Kept once known, as CPython does: still there after close().
        try:
            return self._whence
        except AttributeError:
            self._whence = _interpreters.whence(self._id)
            return self._whence

    def is_running(self):
        return _interpreters.is_running(self._id)

    def close(self):
        _interpreters.destroy(self._id)
        _known.pop(self._id, None)

    def prepare_main(self, ns=None, /, **kwargs):
        """Bind shareable objects in the interpreter's __main__."""
        values = {}
        if ns is not None:
            values.update(ns)
        values.update(kwargs)
        _interpreters.prepare_main(self._id, values)

    def exec(self, code, /):
        """Run source code in the interpreter's __main__ and wait for it to finish. A
        function (or its code object) that takes no arguments runs as its body, against the
        interpreter's __main__ (its globals do not come along)."""
        failure = _interpreters.exec(self._id, code)
        if failure is not None:
            raise ExecutionFailed(_excinfo(*failure))

    def call(self, callable, /, *args, **kwargs):
        """Call the function in the interpreter (in this thread) and return its result.

        The function crosses as its code, rebuilt against the interpreter's __main__
        (closures cannot cross); arguments and the result cross as shareable values or deep
        copies of lists, dicts and sets of them. An exception raised by the function becomes
        ExecutionFailed here.
        """
        return self._call(callable, args, kwargs)

    def _call(self, callable, args, kwargs):
        result, failure = _interpreters.call(self._id, callable, args, kwargs)
        if failure is not None:
            raise ExecutionFailed(_excinfo(*failure))
        return result

    def call_in_thread(self, callable, /, *args, **kwargs):
        """Start a thread that calls the function in the interpreter; return the thread.
        Its result is dropped; an exception is reported as any thread's."""
        t = _threading.Thread(target=self._call, args=(callable, args, kwargs))
        t.start()
        return t
