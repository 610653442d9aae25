"""atexit: functions to run when this interpreter finishes (the isles CLI calls
_run_exitfuncs after the main program and its threads are done)."""

__all__ = ['register', 'unregister']

_exithandlers = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination; returns func."""
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered."""
    _exithandlers[:] = [h for h in _exithandlers if not (h[0] == func)]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    """Runs the handlers last-registered first; an exception is reported and the rest
    still run."""
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            import _thread
            _thread._write_stderr(f'Exception ignored in atexit callback: {func!r}\n')
            _thread._write_stderr(_format(exc))


def _format(exc):
    try:
        import traceback
        # The entry of _run_exitfuncs itself is not shown, as in CPython.
        tb = exc.__traceback__
        return ''.join(traceback.format_exception(type(exc), exc, tb.tb_next if tb else None))
    except Exception:
        return f'{type(exc).__name__}: {exc}\n'
