"""importlib: import_module, reload and invalidate_caches over isles's import system."""
import sys

__all__ = ['__import__', 'import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Import a module; a name starting with dots is relative to ``package``."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
    if not isinstance(name, str):
        raise TypeError(f'module name must be str, not {type(name).__name__}')
    if level:
        if not isinstance(package, str):
            raise TypeError('__package__ not set to a string')
        if package not in sys.modules:
            raise ModuleNotFoundError(
                f"No module named '{package}'")
        name = _resolve_name(name[level:], package, level)
    if not name:
        raise ValueError('Empty module name')
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing to invalidate: isles's finders keep no directory caches."""


def reload(module):
    """Run the module's code again in its existing namespace."""
    name = getattr(module, '__name__', None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    del sys.modules[name]
    try:
        new = import_module(name)
    except BaseException:
        sys.modules[name] = module
        raise
    module.__dict__.update(new.__dict__)
    sys.modules[name] = module
    return module
