"""Multiple interpreters in one process (PEP 734), over Isles' native _interpreters."""

import _interpreters
from _interpreters import InterpreterError, InterpreterNotFoundError

__all__ = [
    "get_current", "get_main", "create", "list_all", "Interpreter",
    "InterpreterError", "InterpreterNotFoundError", "ExecutionFailed",
]


class ExcInfo:
    """What is known of an exception that was not caught in another interpreter."""

    def __init__(self, type_name, msg, formatted):
        self.type = _RemoteType(type_name)
        self.msg = msg
        self.formatted = formatted

    def __repr__(self):
        return "ExcInfo(type=" + repr(self.type) + ", msg=" + repr(self.msg) + ")"


class _RemoteType:
    """Stands for the class of a remote exception: only its name crosses over."""

    def __init__(self, name):
        self.__name__ = name
        self.__qualname__ = name

    def __repr__(self):
        return "<class '" + self.__name__ + "'>"


class ExecutionFailed(InterpreterError):
    """An unhandled exception happened during Interpreter.exec()."""

    def __init__(self, excinfo):
        if excinfo.msg:
            msg = excinfo.type.__name__ + ": " + excinfo.msg
        else:
            msg = excinfo.type.__name__
        super().__init__(msg)
        self.excinfo = excinfo


_known = {}


def _get(id):
    interp = _known.get(id)
    if interp is None:
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


class Interpreter:
    """A handle to one interpreter; there is one such object per interpreter id."""

    def __new__(cls, id):
        if not isinstance(id, int):
            raise TypeError("id must be an int, got " + repr(id))
        _interpreters.whence(id)
        return _get(id)

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self._id) + ")"

    def __hash__(self):
        return hash(self._id)

    @property
    def id(self):
        return self._id

    @property
    def whence(self):
        return _interpreters.whence(self._id)

    def is_running(self):
        return _interpreters.is_running(self._id)

    def close(self):
        _interpreters.destroy(self._id)
        _known.pop(self._id, None)

    def exec(self, code):
        """Run source code in the interpreter's __main__ and wait for it to finish."""
        failure = _interpreters.exec(self._id, code)
        if failure is not None:
            raise ExecutionFailed(ExcInfo(*failure))
