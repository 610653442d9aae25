"""Unix shell-style wildcard matching (*, ?, [seq], [!seq]) of file names, through re."""

import os
import posixpath
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_cache = {}


def fnmatch(name, pat):
    """Test whether name matches pat (after os.path.normcase, the identity on POSIX)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def _compiled(pat):
    m = _cache.get(pat)
    if m is None:
        if isinstance(pat, bytes):
            res = translate(str(pat, 'ISO-8859-1'))
            m = re.compile(bytes(res, 'ISO-8859-1')).match
        else:
            m = re.compile(translate(pat)).match
        if len(_cache) > 32768:
            _cache.clear()
        _cache[pat] = m
    return m


def filter(names, pat):
    """Construct a list from those elements of the iterable names that match pat."""
    pat = os.path.normcase(pat)
    match = _compiled(pat)
    if os.path is posixpath:
        return [n for n in names if match(n)]
    return [n for n in names if match(os.path.normcase(n))]


def fnmatchcase(name, pat):
    """Test whether name matches pat, case-sensitively."""
    return _compiled(pat)(name) is not None


def translate(pat):
    """The regular expression (a str) that matches what the shell pattern pat matches."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not out or out[-1] != '.*':
                out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
                continue
            body = pat[i:j].replace('\\', '\\\\')
            i = j + 1
            if body.startswith('!'):
                body = '^' + body[1:]
            elif body[:1] in ('^', '['):
                body = '\\' + body
            out.append('[' + body + ']')
        else:
            out.append(re.escape(c))
    return '(?s:' + ''.join(out) + ')\\Z'
