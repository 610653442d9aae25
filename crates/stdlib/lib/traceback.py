"""Print or format exceptions as the interpreter does: format_exc, print_exc,
format_exception, format_exception_only, print_exception."""

import sys
import _isles_tb

__all__ = ['format_exc', 'format_exception', 'format_exception_only', 'print_exc',
           'print_exception', 'print_last', 'format_tb', 'print_tb', 'extract_tb']

_sentinel = object()


def _write(text, file):
    if file is None:
        file = getattr(sys, 'stderr', None)
    if file is None:
        import _thread
        _thread._write_stderr(text)
    else:
        file.write(text)


def _split_entries(text):
    """The formatted text as CPython's list: a frame's "File" line and its source lines
    form one entry, every other line is an entry of its own."""
    out = []
    for line in text.splitlines(keepends=True):
        if line.startswith('    ') and out and out[-1].startswith('  File '):
            out[-1] += line
        else:
            out.append(line)
    return out


def _exc_of(exc, value):
    if value is not _sentinel and value is not None:
        return value
    if isinstance(exc, type):
        return None
    return exc


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format an exception with its traceback, as a list of strings ending in newlines."""
    e = _exc_of(exc, value)
    if e is None:
        return ['NoneType: None\n']
    return _split_entries(_isles_tb.format_exception(e))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback: a list holding 'Type: message\\n'."""
    e = _exc_of(exc, value)
    if e is None:
        return ['NoneType: None\n']
    return _split_entries(_isles_tb.format_exception_only(e))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print an exception with its traceback to file (sys.stderr by default)."""
    _write(''.join(format_exception(exc, value, tb, limit, chain)), file)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    e = _isles_tb.current()
    if e is None:
        return 'NoneType: None\n'
    return _isles_tb.format_exception(e)


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled to file (sys.stderr by default)."""
    _write(format_exc(limit, chain), file)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError('no last exception')
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def format_tb(tb, limit=None):
    """The frame entries of an exception's traceback (pass the exception)."""
    if isinstance(tb, BaseException):
        lines = _split_entries(_isles_tb.format_exception(tb))
        return [l for l in lines if l.startswith('  File ')]
    return []


def print_tb(tb, limit=None, file=None):
    _write(''.join(format_tb(tb, limit)), file)


def extract_tb(tb, limit=None):
    return format_tb(tb, limit)
