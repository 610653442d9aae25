"""Loading a plugin from a file path with importlib.util (spec_from_file_location,
module_from_spec, exec_module), find_spec for present and absent modules,
importlib.machinery's names."""
import importlib.util
import importlib.machinery
import os
import sys
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'plugin_one.py')
    with open(path, 'w') as f:
        f.write('NAME = "one"\ndef run(x):\n    return x * 2\n')
    spec = importlib.util.spec_from_file_location('plugin_one', path)
    print(spec.name, spec.origin == path, spec.has_location, spec.parent, spec.submodule_search_locations)
    mod = importlib.util.module_from_spec(spec)
    print(type(mod).__name__, mod.__name__, mod.__file__ == path, hasattr(mod, 'NAME'))
    sys.modules['plugin_one'] = mod
    spec.loader.exec_module(mod)
    print(mod.NAME, mod.run(21), mod.__spec__ is spec, mod.__loader__ is spec.loader)
    import plugin_one
    print(plugin_one is mod)
    print(importlib.util.spec_from_file_location('x', os.path.join(d, 'data.txt')))
print(importlib.util.find_spec('json') is not None, importlib.util.find_spec('no_such_module_xyz'),
      importlib.util.find_spec('os').name, importlib.util.find_spec('collections.abc').name)
print(importlib.util.resolve_name('.sub', 'pkg.mod'), importlib.util.resolve_name('..x', 'a.b.c'),
      importlib.util.resolve_name('abs', None))
try:
    importlib.util.resolve_name('.x', None)
except ImportError as e:
    print('ImportError', e)
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.all_suffixes()[:2])
