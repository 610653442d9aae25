"""Filename globbing: glob, iglob (with ** under recursive=True), escape, has_magic."""

import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape"]

_magic_check = re.compile('([*?[])')


def has_magic(s):
    return _magic_check.search(s) is not None


def escape(pathname):
    """Escape all special characters."""
    drive, pathname = os.path.splitdrive(pathname)
    pathname = _magic_check.sub(r'[\1]', pathname)
    return drive + pathname


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The paths matching a pathname pattern (in directory-listing order)."""
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """An iterator over the paths matching a pathname pattern."""
    pathname = os.fspath(pathname)
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if recursive and pathname[:2] == '**':
        first = next(it, None)
        if first is not None and first != '':
            yield first
        yield from it
        return
    yield from it


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def _lexists(pathname, root_dir):
    if root_dir is not None and not os.path.isabs(pathname):
        pathname = os.path.join(root_dir, pathname)
    return os.path.lexists(pathname)


def _isdir(pathname, root_dir):
    if root_dir is not None and not os.path.isabs(pathname):
        pathname = os.path.join(root_dir, pathname)
    return os.path.isdir(pathname)


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(pathname, root_dir):
                yield pathname
        elif _isdir(dirname, root_dir):
            yield pathname
        return
    if not dirname:
        if recursive and basename == '**':
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and basename == '**':
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname) if root_dir else dirname, basename,
                                dironly, include_hidden):
            yield os.path.join(dirname, name)


def _listdir(dirname, dironly):
    try:
        names = os.listdir(dirname or os.curdir)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(os.path.join(dirname or os.curdir, n))]
    return names


def _glob1(dirname, pattern, dironly, include_hidden=False):
    names = _listdir(dirname, dironly)
    if include_hidden or pattern.startswith('.'):
        return fnmatch.filter(names, pattern)
    return fnmatch.filter([n for n in names if not n.startswith('.')], pattern)


def _glob0(dirname, basename, dironly, include_hidden=False):
    if basename:
        if os.path.lexists(os.path.join(dirname or os.curdir, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden=False):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden=False):
    for name in _listdir(dirname, dironly):
        if include_hidden or not name.startswith('.'):
            yield name
            path = _join(dirname, name) if dirname else name
            if os.path.isdir(path) and not os.path.islink(path):
                for y in _rlistdir(path, dironly, include_hidden):
                    yield _join(name, y)
