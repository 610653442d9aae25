"""Extract, format and print exceptions and stacks as the interpreter does: format_exc,
print_exc, format_exception (limit, chain), extract_tb, format_tb, extract_stack,
format_stack, FrameSummary, StackSummary, TracebackException.

Each entry's text (source line and carets) comes from the native _isles_tb, which formats
it as an uncaught exception prints it. An exception's __traceback__ (bundled _isles_tbobj)
remembers its exception and position, so a function given a traceback reads the entries
from there on."""

import sys
import _isles_tb

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()
_RECURSIVE_CUTOFF = 3

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


def _stderr_write(text):
    file = getattr(sys, 'stderr', None)
    if file is None:
        import _thread
        _thread._write_stderr(text)
    else:
        file.write(text)


class FrameSummary:
    """Information about a single frame from a traceback or a stack."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line',
                 'locals', '_text')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._text = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            return None
        return self._line.strip()


def _summary(entry):
    filename, lineno, name, line, text = entry
    f = FrameSummary(filename, lineno, name, line=line)
    f._text = text
    return f


def _limited(entries, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is not None:
        if limit >= 0:
            entries = entries[:limit]
        else:
            entries = entries[limit:] if -limit < len(entries) else entries
    return entries


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    @classmethod
    def _from_entries(klass, entries, limit=None):
        return klass(_summary(e) for e in _limited(entries, limit))

    def format_frame_summary(self, frame_summary):
        if frame_summary._text is not None:
            return frame_summary._text
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for frame_summary in self:
            formatted_frame = self.format_frame_summary(frame_summary)
            if formatted_frame is None:
                continue
            if (last_file is None or last_file != frame_summary.filename or
                    last_line is None or last_line != frame_summary.lineno or
                    last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(
                        f'  [Previous line repeated {count} more '
                        f'time{"s" if count > 1 else ""}]\n')
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted_frame)
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(
                f'  [Previous line repeated {count} more '
                f'time{"s" if count > 1 else ""}]\n')
        return result


def _tb_entries(tb):
    """The entries from traceback object `tb` on (an exception stands for its whole
    traceback)."""
    if isinstance(tb, BaseException):
        return _entries(tb)
    exc = getattr(tb, '_isles_exc', None)
    if exc is None:
        return []
    return _entries(exc)[tb._isles_index:]


def _entries(exc):
    if exc is None:
        return []
    return _isles_tb.tb_entries(exc)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


class TracebackException:
    """An exception ready for rendering, with its chained causes and contexts."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15,
                 max_group_depth=10, _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        if exc_traceback is None or exc_value is None:
            entries = []
        elif hasattr(exc_traceback, '_isles_exc'):
            entries = _tb_entries(exc_traceback)
        else:
            entries = _entries(exc_value) if isinstance(exc_value, BaseException) else []
        self.stack = StackSummary._from_entries(entries, limit)
        self.exc_type = exc_type
        self._exc_value = exc_value
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = getattr(exc_value, 'filename', None)
            lno = getattr(exc_value, 'lineno', None)
            self.lineno = str(lno) if lno is not None else None
            end_lno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = getattr(exc_value, 'text', None)
            self.offset = getattr(exc_value, 'offset', None)
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = getattr(exc_value, 'msg', None)
        self.exceptions = None
        if isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [
                TracebackException(type(e), e, e.__traceback__, limit=limit, _seen=_seen)
                for e in exc_value.exceptions
            ]
        # Exception groups are drawn (boxes, numbered sub-exceptions) by the native
        # formatter, which renders the exception's own traceback and whole chain.
        own_tb = exc_traceback is None or (
            getattr(exc_traceback, '_isles_exc', None) is exc_value
            and getattr(exc_traceback, '_isles_index', None) == 0)
        self._native = limit is None and own_tb and isinstance(exc_value, BaseException)
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit, _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__, limit=limit,
                    _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return self.exc_type.__qualname__ if self.exc_type else None

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def _has_group(self):
        seen = set()
        exc = self
        while exc is not None and id(exc) not in seen:
            seen.add(id(exc))
            if exc.exceptions is not None:
                return True
            exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
        return False

    def format_exception_only(self):
        """The exception part of the traceback, as lines ending in newlines."""
        if self.exc_type is None:
            yield 'NoneType: None\n'
            return
        if isinstance(self._exc_value, SyntaxError):
            # The module's own layout, which differs from the interpreter's report (its caret
            # rules follow the offsets only).
            yield from self._format_syntax_error()
        elif isinstance(self._exc_value, BaseException):
            # The native text has the notes (add_note) too.
            text = _isles_tb.format_exception_only(self._exc_value)
            yield from text.splitlines(keepends=True)
            return
        else:
            stype = self._type_label()
            yield f'{stype}: {self._str}\n' if self._str else f'{stype}\n'
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                note = _safe_string(note, 'note')
                yield from [line + '\n' for line in note.split('\n')]
        elif notes is not None:
            yield f"{_safe_string(notes, '__notes__', func=repr)}\n"

    def _type_label(self):
        """The exception type's name as reports show it: qualified unless builtin or
        __main__."""
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            stype = smod + '.' + stype
        return stype

    def _format_syntax_error(self):
        """A SyntaxError's location lines and its `Type: msg` line, as traceback.py lays
        them out: the stripped source line, then carets from offset to end_offset."""
        stype = self._type_label()
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # Tabs and other whitespace stay, so the caret lines up.
                    caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}\n'.format(caretspace, '^' * (end_colno - colno))
        yield "{}: {}{}\n".format(stype, self.msg or "<no detail available>", suffix)

    def format(self, *, chain=True):
        """The complete report, as lines (and entries) ending in newlines."""
        output = []
        exc = self
        if chain and self._native and self._has_group():
            yield from _isles_tb.format_exception(self._exc_value).splitlines(keepends=True)
            return
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        text = ''.join(self.format(chain=chain))
        if file is None:
            _stderr_write(text)
        else:
            file.write(text)


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information, as a list of strings."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback: usually a list holding one line."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    """Print exception information and stack trace entries to file (sys.stderr)."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled to file (sys.stderr by default)."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """print_exc() for sys.last_value."""
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def extract_tb(tb, limit=None):
    """The entries of a traceback (pass the exception, or its __traceback__ while it is
    being handled) as a StackSummary."""
    return StackSummary._from_entries(_tb_entries(tb), limit)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Print the entries of a traceback to file (sys.stderr by default)."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_list(extracted_list):
    """Format a list of FrameSummary objects or (filename, lineno, name, line) tuples."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Print the list of entries as returned by extract_tb() or extract_stack()."""
    text = ''.join(StackSummary.from_list(extracted_list).format())
    if file is None:
        _stderr_write(text)
    else:
        file.write(text)


def _stack(skip, limit):
    entries = _isles_tb.stack_entries(skip)
    if limit is not None:
        entries = entries[-limit:] if limit >= 0 else entries[:-limit]
        if limit == 0:
            entries = []
    # Stack entries show no carets (their frames carry no column positions in CPython).
    return StackSummary(FrameSummary(e[0], e[1], e[2], line=e[3]) for e in entries)


def extract_stack(f=None, limit=None):
    """The stack of the caller as a StackSummary, oldest frame first."""
    return _stack(2, limit)


def format_stack(f=None, limit=None):
    """A shorthand for 'format_list(extract_stack(f, limit))'."""
    return _stack(2, limit).format()


def print_stack(f=None, limit=None, file=None):
    """Print the stack of the caller to file (sys.stderr by default)."""
    print_list(_stack(2, limit), file=file)


def walk_tb(tb):
    """(frame, lineno) for each entry of the traceback, following tb_next."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    return iter(())


def clear_frames(tb):
    """Frames hold no locals to clear here."""
