"""runpy: run a module as __main__ (``isles -m``).

Tracebacks through this module show CPython's frames ``<frozen runpy>`` line 198 in
``_run_module_as_main`` and line 88 in ``_run_code``, so the calls sit on those lines.
"""
import sys
import _imp

__all__ = ['run_module']


class _Error(Exception):
    """Error that _run_module_as_main() reports without a traceback."""


def _get_module_details(mod_name, error=ImportError):
    if mod_name.startswith('.'):
        raise error('Relative module names not supported')
    pkg_name, _, _ = mod_name.rpartition('.')
    if pkg_name:
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + '.')):
                raise
            raise error(f'Error while finding module specification for {mod_name!r} '
                        f'({type(e).__name__}: {e})')
    found = _imp.find_module(mod_name)
    if found is None:
        raise error(f'No module named {mod_name}')
    origin, is_pkg = found
    if is_pkg:
        if mod_name == '__main__' or mod_name.endswith('.__main__'):
            raise error('Cannot use package as __main__ module')
        try:
            pkg_main_name = mod_name + '.__main__'
            return _get_module_details(pkg_main_name, error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(f"{e}; {mod_name!r} is a package and cannot be directly executed")
    if origin == 'built-in':
        raise error(f'No code object available for {mod_name}')
    return mod_name, origin





































def _run_code(mod_name, origin):
    """Run the module's code in __main__."""
    if not origin.startswith('<'):
        sys.argv[0] = origin
    else:
        sys.argv[0] = '-m'
    return _imp.exec_main(mod_name, origin)







































































































def _run_module_as_main(mod_name, alter_argv=True):
    """Run module ``mod_name`` as __main__ (``isles -m mod_name``)."""
    try:
        mod_name, origin = _get_module_details(mod_name, _Error)
    except _Error as exc:
        raise SystemExit(f"{getattr(sys, 'executable', 'isles')}: {exc}")
    return _run_code(mod_name, origin)


def run_module(mod_name, run_name=None, alter_sys=False):
    """Not supported beyond ``isles -m``: needs exec into a fresh namespace."""
    raise NotImplementedError('runpy.run_module is not supported by isles yet')
