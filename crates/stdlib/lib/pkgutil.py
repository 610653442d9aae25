"""Utilities for packages (after CPython 3.11's pkgutil): resolve_name (what mock.patch uses to
find its target), iter_modules/walk_packages over the bundled and sys.path modules' names are
not provided."""

import importlib
import re

__all__ = ['resolve_name']

_DOTTED_WORDS = r'(?!\d)(\w+)(\.(?!\d)(\w+))*'
_NAME_PATTERN = re.compile(f'^(?P<pkg>{_DOTTED_WORDS})'
                           f'(?P<cln>:(?P<obj>{_DOTTED_WORDS})?)?$', re.UNICODE)


def resolve_name(name):
    """Resolve a name ('pkg.mod.obj' or 'pkg.mod:obj.attr') to an object."""
    m = _NAME_PATTERN.match(name)
    if not m:
        raise ValueError(f'invalid format: {name!r}')
    gd = m.groupdict()
    if gd.get('cln'):
        # One colon: the module is what precedes it, a single import.
        mod = importlib.import_module(gd['pkg'])
        parts = gd.get('obj')
        parts = parts.split('.') if parts else []
    else:
        # No colon: import ever longer prefixes until one is not a module.
        parts = name.split('.')
        modname = parts.pop(0)
        mod = importlib.import_module(modname)
        while parts:
            p = parts[0]
            s = f'{modname}.{p}'
            try:
                mod = importlib.import_module(s)
                parts.pop(0)
                modname = s
            except ImportError:
                break
    result = mod
    for p in parts:
        result = getattr(result, p)
    return result
