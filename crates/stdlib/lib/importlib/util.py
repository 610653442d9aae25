"""importlib.util (after CPython 3.11's): find_spec, spec_from_file_location,
spec_from_loader, module_from_spec, resolve_name and LazyLoader-free helpers, over isles's
import system, so the usual plugin idiom (spec_from_file_location, module_from_spec,
spec.loader.exec_module) works."""

import sys
import _imp
from _isles_import import ModuleSpec, SourceFileLoader, _spec_for

__all__ = ['find_spec', 'module_from_spec', 'resolve_name', 'spec_from_file_location',
           'spec_from_loader', 'MAGIC_NUMBER']

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name[level:]}' if name[level:] else base


def find_spec(name, package=None):
    """The spec of the module, from sys.modules or found without importing it (a dotted
    name imports its parent package, as CPython's does)."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError('{}.__spec__ is not set'.format(name)) from None
        else:
            if spec is None:
                raise ValueError('{}.__spec__ is None'.format(name))
            return spec
    parent_name = fullname.rpartition('.')[0]
    if parent_name:
        parent = __import__(parent_name, fromlist=['__path__'])
        try:
            parent.__path__
        except AttributeError as e:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent_name!r} "
                f"while trying to find {fullname!r}", name=fullname) from e
    found = _imp.find_module(fullname)
    if found is None:
        return None
    origin, is_package = found
    return _spec_for(fullname, origin, is_package)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=None):
    """A spec for the source file at location (the plugin loader's first step)."""
    if location is None:
        location = '<unknown>'
    else:
        location = str(location)
    if loader is None:
        if not location.endswith('.py'):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    spec.has_location = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    elif location.endswith('__init__.py'):
        spec.submodule_search_locations = [location.rpartition('/')[0]]
    return spec


def module_from_spec(spec):
    """A new module object for spec, with its import attributes set (not yet run)."""
    module = None
    create = getattr(spec.loader, 'create_module', None)
    if create is not None:
        module = create(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
        module.__cached__ = None
    return module
