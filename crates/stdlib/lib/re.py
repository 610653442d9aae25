"""Regular expressions with Python's syntax and CPython 3.11's API.

Matching is done by the native `_re` module (Python syntax translated for a backtracking
engine); this module provides Pattern and Match objects, sub/subn templates, split,
findall/finditer with Python 3.7's empty-match rules, escape, flags and re.error.
"""

import _re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M",
           "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
           "UNICODE", "NOFLAG", "RegexFlag"]

# RegexFlag's members in CPython's definition order, which its reprs follow.
_FLAG_ORDER = [(256, "re.ASCII"), (2, "re.IGNORECASE"), (4, "re.LOCALE"), (32, "re.UNICODE"),
               (8, "re.MULTILINE"), (16, "re.DOTALL"), (64, "re.VERBOSE"), (1, "re.TEMPLATE"),
               (128, "re.DEBUG")]
_FLAG_MASK = 511


class RegexFlag(int):
    """re's flags: ints that show their names (re.IGNORECASE|re.MULTILINE), as CPython's
    global IntFlag does; | & ^ ~ keep the type, other arithmetic gives ints."""

    __slots__ = ()

    def __repr__(self):
        value = int(self)
        if not value:
            return 're.NOFLAG'
        names = []
        for bit, name in _FLAG_ORDER:
            if value & bit:
                names.append(name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return str(self) if not spec else int.__format__(self, spec)

    def __or__(self, other):
        return RegexFlag(int(self) | other) if isinstance(other, int) else NotImplemented

    def __and__(self, other):
        return RegexFlag(int(self) & other) if isinstance(other, int) else NotImplemented

    def __xor__(self, other):
        return RegexFlag(int(self) ^ other) if isinstance(other, int) else NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_FLAG_MASK & ~int(self))

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        text = repr(self)
        if text == 're.NOFLAG':
            return None if int(self) else 'NOFLAG'
        return text.replace('re.', '')


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

_FLAG_NAMES = [(256, "re.ASCII"), (2, "re.IGNORECASE"), (4, "re.LOCALE"), (8, "re.MULTILINE"),
               (16, "re.DOTALL"), (32, "re.UNICODE"), (64, "re.VERBOSE")]


_MAXSIZE = 9223372036854775807


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags):
        # A bytes pattern is matched as its latin-1 decoding (one character per byte, so
        # spans are byte offsets) under ASCII rules, as sre treats bytes.
        self._b = isinstance(pattern, bytes)
        if self._b:
            if flags & UNICODE:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            src = pattern.decode('latin-1')
            if '(?' in src and _has_inline_u(src):
                raise error("bad inline flags: cannot use 'u' flag with a bytes pattern",
                            pattern, src.index('u', src.index('(?')) + 1)
        elif isinstance(pattern, str):
            if flags & LOCALE:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            src = pattern
        else:
            raise TypeError("first argument must be string or compiled pattern")
        self._h = _re.compile(src, flags | ASCII if self._b else flags, error, self._b, Match)
        groups, groupindex, final = _re.info(self._h)
        self.pattern = pattern
        if self._b:
            self.flags = int(final) if flags & 256 else int(final) & ~256
        else:
            self.flags = int(final) | (0 if final & 256 else 32)
        self.groups = groups
        self.groupindex = groupindex

    def _subject(self, string):
        """The subject as the str the matcher sees, and the object results are sliced from
        (bytes for any bytes-like subject)."""
        if self._b:
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            if isinstance(string, (bytes, bytearray, memoryview)):
                b = bytes(string)
                return b.decode('latin-1'), b
        elif isinstance(string, str):
            return string, string
        elif isinstance(string, (bytes, bytearray, memoryview)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(string).__name__)

    # match, search, fullmatch, findall, finditer, split, sub and subn are native (installed
    # below): they bind their arguments as sre does and match a str subject themselves; these
    # take the other cases (bytes) and finditer's matches, with the arguments converted.

    def _match(self, string, pos, endpos, mode):
        text, string = self._subject(string)
        spans = _re.match(self._h, text, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def _spans(self, text, pos=0, endpos=_MAXSIZE, count=0):
        return _re.all_spans(self._h, text, pos, endpos, count)

    def _finditer(self, string, pos, endpos):
        text, string = self._subject(string)
        for spans in self._spans(text, pos, endpos):
            yield Match(self, string, pos, endpos, spans)

    def _findall(self, string, pos, endpos):
        text, string = self._subject(string)
        out = []
        g = self.groups
        for sp in self._spans(text, pos, endpos):
            if g == 0:
                out.append(string[sp[0]:sp[1]])
            elif g == 1:
                out.append(string[sp[2]:sp[3]] if sp[2] >= 0 else string[:0])
            else:
                out.append(tuple(string[sp[2 * i]:sp[2 * i + 1]] if sp[2 * i] >= 0
                                 else string[:0] for i in range(1, g + 1)))
        return out

    def _split(self, string, maxsplit):
        text, string = self._subject(string)
        out = []
        last = 0
        g = self.groups
        for sp in self._spans(text, 0, _MAXSIZE, maxsplit):
            out.append(string[last:sp[0]])
            for i in range(1, g + 1):
                out.append(string[sp[2 * i]:sp[2 * i + 1]] if sp[2 * i] >= 0 else None)
            last = sp[1]
        out.append(string[last:])
        return out

    def _subn(self, repl, string, count):
        text, string = self._subject(string)
        if callable(repl):
            filt = repl
            literal = None
        elif self._b:
            if not isinstance(repl, (bytes, bytearray, memoryview)):
                raise TypeError("sequence item 0: expected a bytes-like object, %s found"
                                % type(repl).__name__)
            literal, parts = _compile_template(self, bytes(repl).decode('latin-1'))
            if literal is not None:
                literal = literal.encode('latin-1')
            else:
                parts = [p.encode('latin-1') if isinstance(p, str) else p for p in parts]
            filt = None
        else:
            if isinstance(repl, (bytes, bytearray)):
                raise TypeError("sequence item 0: expected str instance, %s found"
                                % type(repl).__name__)
            literal, parts = _compile_template(self, repl)
            filt = None
            if literal is not None and type(string) is str:
                return _re.sub_literal(self._h, string, literal, count)
        out = []
        last = 0
        n = 0
        for sp in self._spans(text, 0, _MAXSIZE, count):
            if last < sp[0]:
                out.append(string[last:sp[0]])
            if filt is not None:
                r = filt(Match(self, string, 0, _MAXSIZE, sp))
                if r is not None:
                    out.append(r)
            elif literal is not None:
                out.append(literal)
            else:
                out.append(_expand_parts(parts, string, sp))
            last = sp[1]
            n += 1
        if last < len(string):
            out.append(string[last:])
        return (b'' if self._b else '').join(out), n

    def __repr__(self):
        flags = self.flags
        if not flags & ASCII:
            flags &= ~UNICODE
        names = []
        for bit, name in _FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        p = repr(self.pattern)
        if len(p) > 200:
            p = p[:200]
        if names:
            return 're.compile(%s, %s)' % (p, '|'.join(names))
        return 're.compile(%s)' % p

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, spans):
        # The native Pattern.match/search/fullmatch make their matches with these same
        # attributes (new_match in re_mod.rs); lastindex and lastgroup are worked out later.
        self.re = pattern
        self.string = string
        self.pos = max(0, min(pos, len(string)))
        self.endpos = max(0, min(endpos, len(string)))
        self._spans = spans

    @property
    def lastindex(self):
        spans = self._spans
        last = None
        lastend = -1
        for i in range(1, self.re.groups + 1):
            s, e = spans[2 * i], spans[2 * i + 1]
            if s >= 0 and e >= lastend:
                if last is None or e > lastend or not (spans[2 * last] <= s and e <= spans[2 * last + 1]):
                    last = i
                    lastend = e
        return last

    @property
    def lastgroup(self):
        last = self.lastindex
        found = None
        if last is not None:
            for name, idx in self.re.groupindex.items():
                if idx == last:
                    found = name
        return found

    def _get(self, i, default=None):
        s, e = self._spans[2 * i], self._spans[2 * i + 1]
        if s < 0:
            return default
        return self.string[s:e]

    def __getitem__(self, g):
        return self.group(g)

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(idx, default) for name, idx in self.re.groupindex.items()}

    @property
    def regs(self):
        return tuple((self._spans[2 * i], self._spans[2 * i + 1])
                     for i in range(self.re.groups + 1))

    def expand(self, template):
        if self.re._b:
            return _expand_bytes(self.re, template, self.string, self._spans)
        literal, parts = _compile_template(self.re, template)
        if literal is not None:
            return literal
        return _expand_parts(parts, self.string, self._spans)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (
            self._spans[0], self._spans[1], self.group(0))


# Match.group, start, end and span are native (they read _spans), as sre's are; so are
# Pattern.match, search, fullmatch, findall, finditer, split, sub and subn.
_re.install(Match, Pattern)

_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b',
            '\\': '\\'}


def _compile_template(pattern, repl):
    """A replacement template as (literal, None) or (None, parts) where parts mix str and
    group indexes."""
    if not isinstance(repl, str):
        raise TypeError("decoding to str: need a bytes-like object, %s found"
                        % type(repl).__name__)
    if '\\' not in repl:
        return repl, None
    parts = []
    lit = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        i += 1
        if c != '\\':
            lit.append(c)
            continue
        if i >= n:
            raise error("bad escape (end of pattern)", repl, i - 1)
        c = repl[i]
        i += 1
        if c == 'g':
            if i >= n or repl[i] != '<':
                raise error("missing <", repl, i)
            j = repl.find('>', i + 1)
            if j < 0:
                raise error("missing >, unterminated name", repl, i + 1)
            name = repl[i + 1:j]
            if not name:
                raise error("missing group name", repl, i + 1)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error("invalid group reference %d" % index, repl, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, repl, i + 1)
            i = j + 1
            parts.append(''.join(lit))
            lit = []
            parts.append(index)
        elif c == '0':
            v = 0
            k = 0
            while k < 2 and i < n and repl[i] in '01234567':
                v = v * 8 + int(repl[i])
                i += 1
                k += 1
            lit.append(chr(v))
        elif c in '123456789':
            start = i - 2
            digits = c
            if i < n and repl[i].isdigit():
                if (c in '01234567' and repl[i] in '01234567' and i + 1 < n
                        and repl[i + 1] in '01234567'):
                    v = int(c + repl[i] + repl[i + 1], 8)
                    if v > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377"
                                    % (c + repl[i:i + 2]), repl, start)
                    lit.append(chr(v))
                    i += 2
                    continue
                digits += repl[i]
                i += 1
            index = int(digits)
            if index > pattern.groups:
                raise error("invalid group reference %d" % index, repl, start + 1)
            parts.append(''.join(lit))
            lit = []
            parts.append(index)
        elif c in _ESCAPES:
            lit.append(_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise error("bad escape \\%s" % c, repl, i - 2)
        else:
            lit.append('\\' + c)
    parts.append(''.join(lit))
    return None, parts


def _expand_parts(parts, string, spans):
    out = []
    for p in parts:
        if isinstance(p, int):
            s = spans[2 * p]
            if s >= 0:
                out.append(string[s:spans[2 * p + 1]])
        else:
            out.append(p)
    return (''if isinstance(string, str) else b'').join(out)


def _expand_bytes(pattern, template, string, spans):
    literal, parts = _compile_template(pattern, bytes(template).decode('latin-1'))
    if literal is not None:
        return literal.encode('latin-1')
    return _expand_parts([p.encode('latin-1') if isinstance(p, str) else p for p in parts],
                         string, spans)


def _has_inline_u(src):
    i = src.find('(?')
    while i >= 0:
        j = i + 2
        while j < len(src) and src[j] in 'aiLmsux':
            if src[j] == 'u':
                return True
            j += 1
        i = src.find('(?', i + 2)
    return False


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of
    the pattern in string by the replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub, but also return the number of substitutions made."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression cache."""
    _cache.clear()


_special_chars = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _special_chars else c for c in pattern)
    if isinstance(pattern, (bytes, bytearray)):
        return escape(bytes(pattern).decode('latin-1')).encode('latin-1')
    raise TypeError("expected str")
