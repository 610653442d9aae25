"""Python part of the warnings subsystem: warn() printing CPython's
"file:line: Category: message" report to stderr, filters (filterwarnings, simplefilter,
resetwarnings), catch_warnings."""

import sys
import _isles_tb

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]


def _match(pattern, text):
    if pattern is None:
        return True
    try:
        import re
    except ImportError:
        return text.lower().startswith(pattern.lower()) if pattern else True
    return re.compile(pattern, re.I).match(text) is not None


def _match_module(pattern, text):
    if pattern is None:
        return True
    try:
        import re
    except ImportError:
        return text == pattern or not pattern
    return re.compile(pattern).match(text) is not None


def formatwarning(message, category, filename, lineno, line=None):
    """Function to format a warning the standard way."""
    s = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line:
        s += f"  {line.strip()}\n"
    return s


def _showwarnmsg_impl(text):
    file = getattr(sys, 'stderr', None)
    if file is None:
        import _thread
        _thread._write_stderr(text)
        return
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Hook to write a warning to a file; replace if you like."""
    text = formatwarning(message, category, filename, lineno, line)
    if file is None:
        _showwarnmsg_impl(text)
    else:
        file.write(text)


_original_showwarning = showwarning

filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
_registry = {}
_filters_version = 1

_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')


def _check_action(action):
    # CPython checks with assert statements.
    if action not in _ACTIONS:
        raise AssertionError(f'invalid action: {action!r}')


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters (at the front)."""
    _check_action(action)
    if not isinstance(message, str):
        raise TypeError('message must be a string')
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise TypeError('module must be a string')
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    _add_filter(action, message or None, category, module or None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a simple entry into the list of warnings filters (at the front)."""
    _check_action(action)
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError('lineno must be an int >= 0')
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    global _filters_version
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    else:
        if item not in filters:
            filters.append(item)
    _filters_version += 1
    _registry.clear()
    onceregistry.clear()


def resetwarnings():
    """Clear the list of warning filters, so that no filters are active."""
    global _filters_version
    filters[:] = []
    _filters_version += 1
    _registry.clear()
    onceregistry.clear()


class WarningMessage(object):
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    info = _isles_tb.caller(stacklevel)
    if info is None:
        filename, lineno, line, module = 'sys', 1, '', 'sys'
    else:
        filename, lineno, line, _, module = info
        if module is None:
            module = '<string>'
    warn_explicit(message, category, filename, lineno, module, None, None, source, line)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None, line=None):
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = _registry
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno, filename)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or _match(msg, text)) and
                issubclass(category, cat) and
                (mod is None or _match_module(mod, module)) and
                (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        oncekey = (text, category)
        if onceregistry.get(oncekey):
            return
        onceregistry[oncekey] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        altkey = (text, category, 0, module)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError(f"Unrecognized action ({action!r}) in warnings.filters:\n {item}")
    _showwarning_dispatch(WarningMessage(message, category, filename, lineno, source=source,
                                         line=line))


def _showwarning_dispatch(msg):
    sw = showwarning
    if sw is not _original_showwarning:
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(formatwarning(msg.message, msg.category, msg.filename, msg.lineno,
                                    msg.line))


class catch_warnings(object):
    """A context manager that copies and restores the warnings filter upon exiting the
    context; with record=True, warnings are collected in a list instead of shown."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = (action, category, lineno, append) if action is not None else None

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        global showwarning
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = filters[:]
        self._showwarning = showwarning
        _registry.clear()
        onceregistry.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters[:] = self._filters
        showwarning = self._showwarning
        _registry.clear()
        onceregistry.clear()
