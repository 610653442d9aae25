"""getuser() from the environment (LOGNAME, USER, LNAME, USERNAME) or the password file, and
getpass(), which reads a line without hiding it (isles has no terminal control) and
warns as CPython does when echo cannot be turned off."""

import os
import sys
import warnings

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    pass


def getuser():
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid()
    try:
        with open('/etc/passwd') as f:
            for line in f:
                parts = line.split(':')
                if len(parts) > 2 and parts[2] == str(uid):
                    return parts[0]
    except OSError:
        pass
    raise KeyError('getpwuid(): uid not found: %d' % uid)


def getpass(prompt='Password: ', stream=None):
    if stream is None:
        stream = sys.stderr
    warnings.warn('Can not control echo on the terminal.', GetPassWarning, stacklevel=2)
    print('Warning: Password input may be echoed.', file=stream)
    stream.write(prompt)
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line
