"""Running child processes (after CPython 3.11's subprocess): run, call, check_call,
check_output, getoutput, getstatusoutput, CompletedProcess, CalledProcessError,
TimeoutExpired, PIPE/STDOUT/DEVNULL, text mode, input, timeout, cwd, env, shell. Popen is a
reduced form: the child runs to completion when it is created (or, with stdin=PIPE, at
communicate()), so its pipes are read afterwards and poll() never sees it running."""

import io
import os
import _subprocess

__all__ = ['Popen', 'PIPE', 'STDOUT', 'call', 'check_call', 'getstatusoutput', 'getoutput',
           'check_output', 'run', 'CalledProcessError', 'DEVNULL', 'SubprocessError',
           'TimeoutExpired', 'CompletedProcess']

PIPE = -1
STDOUT = -2
DEVNULL = -3

_SIGNALS = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 6: 'SIGABRT', 8: 'SIGFPE',
            9: 'SIGKILL', 11: 'SIGSEGV', 13: 'SIGPIPE', 14: 'SIGALRM', 15: 'SIGTERM'}


class SubprocessError(Exception):
    pass


class _OutputAlias:
    """stdout as another name for output (CalledProcessError, TimeoutExpired)."""

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CalledProcessError(_OutputAlias, SubprocessError):
    """Raised when run() with check=True (or check_call/check_output) sees a non-zero
    exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNALS.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd,
                                                                      -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name,
                                                                  -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)


class TimeoutExpired(_OutputAlias, SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" % (self.cmd, self.timeout))


class CompletedProcess:
    """A process that has finished running: args, returncode, stdout, stderr."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _argv(args, shell, executable=None):
    if shell:
        if not isinstance(args, str):
            args = list(args)
            return ['/bin/sh', '-c'] + [os.fspath(a) for a in args]
        return ['/bin/sh', '-c', args]
    if isinstance(args, (str, bytes)) or hasattr(args, '__fspath__'):
        argv = [os.fsdecode(os.fspath(args))]
    else:
        argv = [os.fsdecode(os.fspath(a)) for a in args]
    if executable is not None:
        argv[0] = os.fsdecode(executable)
    return argv


def _mode(v, name):
    if v is None:
        return 0
    if v == PIPE:
        return 1
    if v == DEVNULL:
        return 2
    if v == STDOUT and name == 'stderr':
        return 3
    raise ValueError('isles subprocess supports only None, PIPE, DEVNULL and STDOUT for '
                     + name)


def _decode(data, text, encoding, errors):
    if data is None or not text:
        return data
    s = data.decode(encoding or 'utf-8', errors or 'strict')
    return s.replace('\r\n', '\n').replace('\r', '\n')


def _run(args, stdin, input, stdout, stderr, shell, cwd, env, timeout, text, encoding, errors,
         executable=None):
    if stdin is not None and stdin not in (PIPE, DEVNULL) and input is None:
        if hasattr(stdin, 'read'):
            input = stdin.read()
        else:
            raise ValueError('isles subprocess supports only None, PIPE and DEVNULL for stdin')
    if stdin == DEVNULL and input is None:
        input = b''
    if input is not None and isinstance(input, str):
        if not text:
            raise TypeError("memoryview: a bytes-like object is required, not 'str'")
        input = input.encode(encoding or 'utf-8', errors or 'strict')
    argv = _argv(args, shell, executable)
    if cwd is not None:
        cwd = os.fsdecode(os.fspath(cwd))
    if env is not None:
        env = {os.fsdecode(k): os.fsdecode(v) for k, v in env.items()}
    code, out, err = _subprocess.run(argv, cwd, env, input, _mode(stdout, 'stdout'),
                                     _mode(stderr, 'stderr'), timeout)
    out = _decode(out, text, encoding, errors)
    err = _decode(err, text, encoding, errors)
    if code is None:
        raise TimeoutExpired(args, timeout, out, err)
    return code, out, err


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command, waits for it and returns a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, _defer=True, **kwargs) as process:
        stdout, stderr = process.communicate(input, timeout=timeout)
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, _defer=True, **kwargs) as p:
        p.communicate(timeout=timeout)
        return p.returncode


def check_call(*popenargs, **kwargs):
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
                or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding,
                            errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


class Popen:
    """A child process (run to completion as soon as its input is known)."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None,
                 umask=-1, pipesize=-1, process_group=None, _defer=False):
        if text is not None and universal_newlines is not None \
                and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and '
                                  'universal_newlines are supplied but different. Pass one '
                                  'or the other.')
        self.args = args
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self._encoding = encoding
        self._errors = errors
        self._spec = (stdin, stdout, stderr, shell, cwd, env, executable)
        self.returncode = None
        self.pid = None
        self.stdin = None
        self.stdout = None
        self.stderr = None
        self._result = None
        if stdin == PIPE:
            self.stdin = _DeferredStdin(self)
        elif not _defer:
            self._finish(None, None)

    def _finish(self, input, timeout):
        if self._result is None:
            stdin, stdout, stderr, shell, cwd, env, executable = self._spec
            code, out, err = _run(self.args, None if stdin == PIPE else stdin, input, stdout,
                                  stderr, shell, cwd, env, timeout, self.text_mode,
                                  self._encoding, self._errors, executable)
            self._result = (out, err)
            self.returncode = code
            stream = io.StringIO if self.text_mode else io.BytesIO
            if stdout == PIPE:
                self.stdout = stream(out)
            if stderr == PIPE:
                self.stderr = stream(err)
        return self._result

    def communicate(self, input=None, timeout=None):
        if self._result is not None and input is not None:
            raise ValueError('Cannot send input after starting communication')
        if self.stdin is not None and isinstance(self.stdin, _DeferredStdin):
            if input is None:
                input = self.stdin._taken()
        out, err = self._finish(input, timeout)
        if self.stdout is not None:
            out = self.stdout.read()
        if self.stderr is not None:
            err = self.stderr.read()
        return out, err

    def poll(self):
        return self.returncode

    def wait(self, timeout=None):
        if self._result is None:
            self.communicate(timeout=timeout)
        return self.returncode

    def kill(self):
        pass

    def terminate(self):
        pass

    def send_signal(self, sig):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        if exc_type is None and self._result is None:
            self.wait()

    def __repr__(self):
        return f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"


class _DeferredStdin:
    """Popen.stdin for stdin=PIPE: collects what is written; closing it runs the child."""

    def __init__(self, proc):
        self._proc = proc
        self._parts = []
        self.closed = False

    def write(self, data):
        if self.closed:
            raise ValueError('write to closed file')
        self._parts.append(data)
        return len(data)

    def flush(self):
        pass

    def _taken(self):
        if not self._parts:
            return '' if self._proc.text_mode else b''
        return self._parts[0][:0].join(self._parts)

    def close(self):
        if not self.closed:
            self.closed = True
            self._proc._finish(self._taken(), None)
