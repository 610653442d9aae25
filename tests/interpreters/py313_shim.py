"""Runs a tests/interpreters program under CPython 3.13, whose test.support.interpreters is
PEP 734 as of 3.13, in place of 3.14's concurrent.interpreters.

Usage: python3.13 py313_shim.py PROGRAM.py. Every interpreter the program creates gets the
same mapping, and imports 3.13's queue module first (3.13 cannot pass a queue to an
interpreter that has not imported it; 3.14 and Isles can).
"""
import sys
import concurrent
import test.support.interpreters as _m
import test.support.interpreters.queues

_SETUP = """
def _isles_shim():
    import sys, concurrent, test.support.interpreters as m, test.support.interpreters.queues
    sys.modules['concurrent.interpreters'] = m
    concurrent.interpreters = m
_isles_shim()
del _isles_shim
"""
_create = _m.create


def _shimmed_create():
    interp = _create()
    interp.exec(_SETUP)
    return interp


_m.create = _shimmed_create
sys.modules["concurrent.interpreters"] = _m
concurrent.interpreters = _m
_path = sys.argv[1]
sys.argv = sys.argv[1:]
with open(_path) as _f:
    _code = compile(_f.read(), _path, "exec")
exec(_code, {"__name__": "__main__", "__file__": _path, "__builtins__": __builtins__})
