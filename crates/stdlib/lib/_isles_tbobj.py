"""Traceback, frame and code objects for an exception's __traceback__, made on request from
the exception's traceback entries: tb_next chains, tb_lineno, tb_frame.f_code.co_name and
co_filename, f_lineno. Frames of a traceback carry no locals or globals (they are gone once
the exception has unwound), so f_locals and f_globals are empty; sys._getframe's frames carry
both, f_locals refreshed from the running frame on each read while it runs and given the
final variables when it returns, as CPython's."""

import _isles_tb


class code:
    __module__ = 'builtins'
    __slots__ = ('co_name', 'co_filename', 'co_firstlineno', 'co_qualname')

    def __init__(self, name, filename, firstlineno):
        self.co_name = name
        self.co_qualname = name
        self.co_filename = filename
        self.co_firstlineno = firstlineno

    def __repr__(self):
        return (f'<code object {self.co_name} at {id(self):#x}, file "{self.co_filename}", '
                f'line {self.co_firstlineno}>')


class frame:
    __module__ = 'builtins'
    __slots__ = ('f_code', 'f_lineno', 'f_back', '_f_locals', 'f_globals', 'f_builtins',
                 'f_lasti', 'f_trace')

    def __init__(self, code, lineno):
        self.f_code = code
        self.f_lineno = lineno
        self.f_back = None
        self.f_locals = {}
        self.f_globals = {}
        self.f_builtins = {}
        self.f_lasti = 0
        self.f_trace = None

    @property
    def f_locals(self):
        # A function frame's dict is refreshed from its variables while the frame runs.
        return _isles_tb.refresh_locals(self._f_locals)

    @f_locals.setter
    def f_locals(self, value):
        self._f_locals = value

    def clear(self):
        pass

    def __repr__(self):
        return (f"<frame at {id(self):#x}, file '{self.f_code.co_filename}', "
                f"line {self.f_lineno}, code {self.f_code.co_name}>")


class traceback:
    __module__ = 'builtins'
    # _isles_exc's entries from _isles_index on, of the _isles_len it had when made (the
    # exception gains entries as it is raised again; assigning the chain back restores these).
    __slots__ = ('tb_frame', 'tb_lineno', 'tb_lasti', 'tb_next', '_isles_exc', '_isles_index',
                 '_isles_len')

    def __repr__(self):
        return f'<traceback object at {id(self):#x}>'


def make(exc):
    """The head of exc's traceback chain (outermost entry first), or None."""
    entries = _isles_tb.tb_entries(exc)
    nxt = None
    for index in range(len(entries) - 1, -1, -1):
        filename, lineno, name, line, text = entries[index]
        tb = traceback()
        tb.tb_frame = frame(code(name, filename, lineno), lineno)
        tb.tb_lineno = lineno
        tb.tb_lasti = 0
        tb.tb_next = nxt
        tb._isles_exc = exc
        tb._isles_index = index
        tb._isles_len = len(entries)
        nxt = tb
    return nxt
