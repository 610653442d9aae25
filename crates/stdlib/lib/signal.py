"""Signal numbers and handlers (after CPython 3.11's signal, Linux numbering): the Signals,
Handlers and Sigmasks enums, signal()/getsignal() with CPython's checks and errors,
strsignal, valid_signals, default_int_handler. Handlers are kept per interpreter and run
when the program itself raises the signal (raise_signal); signals sent to the process from
outside do not reach Python handlers, and alarm/setitimer/pause are not provided."""

import sys as _sys
from enum import IntEnum as _IntEnum

_NAMES = [('SIGHUP', 1, 'Hangup'), ('SIGINT', 2, 'Interrupt'), ('SIGQUIT', 3, 'Quit'),
          ('SIGILL', 4, 'Illegal instruction'), ('SIGTRAP', 5, 'Trace/breakpoint trap'),
          ('SIGABRT', 6, 'Aborted'), ('SIGBUS', 7, 'Bus error'),
          ('SIGFPE', 8, 'Floating point exception'), ('SIGKILL', 9, 'Killed'),
          ('SIGUSR1', 10, 'User defined signal 1'), ('SIGSEGV', 11, 'Segmentation fault'),
          ('SIGUSR2', 12, 'User defined signal 2'), ('SIGPIPE', 13, 'Broken pipe'),
          ('SIGALRM', 14, 'Alarm clock'), ('SIGTERM', 15, 'Terminated'),
          ('SIGSTKFLT', 16, 'Stack fault'), ('SIGCHLD', 17, 'Child exited'),
          ('SIGCONT', 18, 'Continued'), ('SIGSTOP', 19, 'Stopped (signal)'),
          ('SIGTSTP', 20, 'Stopped'), ('SIGTTIN', 21, 'Stopped (tty input)'),
          ('SIGTTOU', 22, 'Stopped (tty output)'), ('SIGURG', 23, 'Urgent I/O condition'),
          ('SIGXCPU', 24, 'CPU time limit exceeded'),
          ('SIGXFSZ', 25, 'File size limit exceeded'),
          ('SIGVTALRM', 26, 'Virtual timer expired'),
          ('SIGPROF', 27, 'Profiling timer expired'), ('SIGWINCH', 28, 'Window changed'),
          ('SIGIO', 29, 'I/O possible'), ('SIGPWR', 30, 'Power failure'),
          ('SIGSYS', 31, 'Bad system call'), ('SIGRTMIN', 34, 'Real-time signal 0'),
          ('SIGRTMAX', 64, 'Real-time signal 30')]

Signals = _IntEnum('Signals', [(n, v) for n, v, _ in _NAMES] +
                   [('SIGIOT', 6), ('SIGPOLL', 29), ('SIGCLD', 17)], module='signal')
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module='signal')
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)],
                    module='signal')
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)
NSIG = 65

_DESCRIPTIONS = {v: d for _, v, d in _NAMES}


def default_int_handler(signalnum, frame, /):
    """The default handler for SIGINT installed by Python: raises KeyboardInterrupt."""
    raise KeyboardInterrupt


def _ignored_at_start(signalnum):
    # A signal the process inherited as ignored stays ignored: CPython installs
    # default_int_handler for SIGINT only where it finds SIG_DFL (and the isles CLI then
    # leaves SIGINT alone too).
    try:
        with open('/proc/self/status') as f:
            for line in f:
                if line.startswith('SigIgn:'):
                    return int(line.split()[1], 16) >> (signalnum - 1) & 1 == 1
    except (OSError, ValueError, IndexError):
        pass
    return False


_handlers = {SIGINT: SIG_IGN if _ignored_at_start(SIGINT) else default_int_handler,
             SIGPIPE: SIG_IGN, SIGXFSZ: SIG_IGN}


def _check(signalnum):
    signalnum = int(signalnum)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    return signalnum


def _in_main():
    import threading
    if threading.current_thread() is not threading.main_thread():
        return False
    try:
        import _interpreters
        return _interpreters.get_current() == _interpreters.get_main()
    except Exception:
        return True


def signal(signalnum, handler, /):
    """Set the action for the given signal; return the previous one."""
    signalnum = _check(signalnum)
    if handler not in (SIG_IGN, SIG_DFL) and not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                        "or a callable object")
    if not _in_main():
        raise ValueError("signal only works in main thread of the main interpreter")
    if signalnum in (SIGKILL, SIGSTOP) or signalnum in (32, 33):
        raise OSError(22, 'Invalid argument')
    old = getsignal(signalnum)
    if handler in (SIG_IGN, SIG_DFL) and not callable(handler):
        handler = Handlers(handler)
    _handlers[signalnum] = handler
    return old


def getsignal(signalnum, /):
    """Return the current action for the given signal."""
    signalnum = _check(signalnum)
    return _handlers.get(signalnum, SIG_DFL)


def strsignal(signalnum, /):
    """Return the system description of the given signal."""
    signalnum = _check(signalnum)
    if signalnum in _DESCRIPTIONS:
        return _DESCRIPTIONS[signalnum]
    if 34 <= signalnum <= 64:
        return 'Real-time signal %d' % (signalnum - 34)
    return 'Unknown signal %d' % signalnum


def valid_signals():
    """Return a set of valid signal numbers on this platform."""
    out = set()
    for n in range(1, NSIG):
        if n in (32, 33):
            continue
        try:
            out.add(Signals(n))
        except ValueError:
            out.add(n)
    return out


def raise_signal(signalnum, /):
    """Send a signal to the executing process: the Python handler runs now."""
    signalnum = _check(signalnum)
    handler = _handlers.get(signalnum, SIG_DFL)
    if handler is SIG_IGN or signalnum in (SIGCHLD, SIGURG, SIGWINCH, SIGCONT):
        return
    if callable(handler):
        handler(signalnum, _sys._getframe(1))
        return
    _sys.stdout.flush()
    _sys.stderr.flush()
    import os
    os._exit(128 + signalnum)
