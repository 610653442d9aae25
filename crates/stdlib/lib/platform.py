"""Information about the running platform (a small part of CPython 3.11's platform):
system, node, release, version, machine, processor, uname, architecture,
python_version(_tuple), python_implementation, platform. Values come from os.uname-like
files under /proc and from sys."""

import os
import sys
from collections import namedtuple

__all__ = ['system', 'node', 'release', 'version', 'machine', 'processor', 'uname',
           'architecture', 'python_version', 'python_version_tuple', 'python_implementation',
           'platform']

uname_result = namedtuple('uname_result', 'system node release version machine')


def _read(path, default=''):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return default


def _machine():
    arch = _read('/proc/sys/kernel/arch', '')
    if arch:
        return arch
    return 'x86_64' if sys.maxsize > 2 ** 32 else 'i686'


def uname():
    return uname_result('Linux', _read('/proc/sys/kernel/hostname'),
                        _read('/proc/sys/kernel/osrelease'), _read('/proc/sys/kernel/version'),
                        _machine())


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().machine


def architecture(executable=sys.executable, bits='', linkage=''):
    return ('64bit' if sys.maxsize > 2 ** 32 else '32bit', 'ELF')


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_implementation():
    return 'CPython' if sys.implementation.name == 'cpython' else sys.implementation.name


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return '%s-%s' % (u.system, u.release)
    return '%s-%s-%s-with-glibc' % (u.system, u.release, u.machine)
