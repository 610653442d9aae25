"""Subinterpreters as PEP 554 describes them (the API of the seeds): run source in another
interpreter and pass plain data between interpreters over channels."""

import _interpreters
from concurrent import interpreters as _pep734

__all__ = [
    "Interpreter", "get_current", "get_main", "create", "list_all", "is_shareable",
    "RecvChannel", "SendChannel", "create_channel", "list_all_channels",
    "RunFailedError", "ChannelError", "ChannelNotFoundError", "ChannelClosedError",
    "ChannelEmptyError", "ChannelNotEmptyError", "NotShareableError",
]


class RunFailedError(RuntimeError):
    """Code run in another interpreter raised an exception it did not catch."""


class NotShareableError(ValueError):
    pass


class ChannelError(RuntimeError):
    pass


class ChannelNotFoundError(ChannelError):
    pass


class ChannelClosedError(ChannelError):
    pass


class ChannelEmptyError(ChannelError):
    pass


class ChannelNotEmptyError(ChannelError):
    pass


# The native core raises these classes.
_interpreters.ChannelError = ChannelError
_interpreters.ChannelNotFoundError = ChannelNotFoundError
_interpreters.ChannelClosedError = ChannelClosedError
_interpreters.ChannelEmptyError = ChannelEmptyError
_interpreters.ChannelNotEmptyError = ChannelNotEmptyError

InterpreterError = _pep734.InterpreterError
InterpreterNotFoundError = _pep734.InterpreterNotFoundError


def is_shareable(obj):
    return _interpreters.is_shareable(obj)


class Interpreter:
    """A subinterpreter; `run()` executes source in its __main__ module."""

    def __init__(self, id):
        self._interp = _pep734.Interpreter(id)

    def __repr__(self):
        return "Interpreter(id=" + repr(self.id) + ")"

    def __eq__(self, other):
        if not isinstance(other, Interpreter):
            return NotImplemented
        return other.id == self.id

    def __hash__(self):
        return hash(self.id)

    @property
    def id(self):
        return self._interp.id

    def is_running(self):
        return self._interp.is_running()

    def close(self):
        self._interp.close()

    def run(self, src, channels=None):
        """Run source in the interpreter's __main__, binding `channels` there first."""
        if channels:
            ns = {}
            for name, end in channels.items():
                ns[name] = end
            try:
                self._interp.prepare_main(ns)
            except _interpreters.NotShareableError as e:
                raise NotShareableError(str(e)) from None
        try:
            self._interp.exec(src)
        except _pep734.ExecutionFailed as e:
            raise RunFailedError(e.excinfo.formatted) from None


def create():
    return Interpreter(_pep734.create().id)


def list_all():
    return [Interpreter(i.id) for i in _pep734.list_all()]


def get_current():
    return Interpreter(_pep734.get_current().id)


def get_main():
    return Interpreter(_pep734.get_main().id)


_NOT_SET = object()


class _ChannelEnd:
    def __repr__(self):
        return type(self).__name__ + "(id=" + repr(self.id) + ")"

    @property
    def id(self):
        return _interpreters.channel_id(self._core)

    def __eq__(self, other):
        return type(self) is type(other) and self.id == other.id

    def __hash__(self):
        return hash((type(self).__name__, self.id))

    def close(self, force=False):
        _interpreters.channel_close(self._core, force)

    def release(self):
        _interpreters.channel_release(self._core)


class RecvChannel(_ChannelEnd):
    """The receiving end of a channel."""

    def recv(self):
        """Wait for an object and return it."""
        return _interpreters.channel_recv(self._core, True)

    def recv_nowait(self, default=_NOT_SET):
        try:
            return _interpreters.channel_recv(self._core, False)
        except ChannelEmptyError:
            if default is _NOT_SET:
                raise
            return default


class SendChannel(_ChannelEnd):
    """The sending end of a channel."""

    def send(self, obj):
        """Send an object and wait until a receiver has it."""
        try:
            _interpreters.channel_send(self._core, obj, True)
        except _interpreters.NotShareableError as e:
            raise NotShareableError(str(e)) from None

    def send_nowait(self, obj):
        """Send without waiting; True if a receiver was already waiting for it."""
        try:
            return _interpreters.channel_send(self._core, obj, False)
        except _interpreters.NotShareableError as e:
            raise NotShareableError(str(e)) from None


def _recv_end(core):
    end = object.__new__(RecvChannel)
    end._core = core
    return end


def _send_end(core):
    end = object.__new__(SendChannel)
    end._core = core
    return end


def create_channel():
    """A new channel: (RecvChannel, SendChannel)."""
    rcore, score = _interpreters.channel_create()
    return (_recv_end(rcore), _send_end(score))


def list_all_channels():
    """Every open channel of the runtime, whichever interpreter created it, as
    (RecvChannel, SendChannel) pairs."""
    return [(_recv_end(r), _send_end(s)) for r, s in _interpreters.channel_list_all()]
