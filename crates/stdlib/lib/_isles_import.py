"""Import-system objects of isles: the ModuleSpec and loaders found in a module's __spec__."""


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self.cached = None
        self._initializing = False
        self.has_location = False

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    def __repr__(self):
        args = [f'name={self.name!r}', f'loader={self.loader!r}']
        if self.has_location:
            args.append(f'origin={self.origin!r}')
        elif self.origin is not None:
            args.append(f'origin={self.origin!r}')
        if self.submodule_search_locations is not None:
            args.append(f'submodule_search_locations={self.submodule_search_locations}')
        return f'{type(self).__name__}({", ".join(args)})'

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader
                and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations)


class BuiltinImporter:
    """Loader of modules written in Rust."""


class FrozenImporter:
    """Loader of the Python modules bundled in the isles binary."""


class SourceFileLoader:
    """Loader of a module's source file found on sys.path."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_source(self, name=None):
        with open(self.path) as f:
            return f.read()

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def is_package(self, name=None):
        return self.path.rpartition('/')[2] == '__init__.py'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        """Runs the source file's code in the module's namespace."""
        code = compile(self.get_source(), self.path, 'exec')
        exec(code, module.__dict__)

    def load_module(self, fullname=None):
        import sys
        fullname = fullname or self.name
        module = sys.modules.get(fullname)
        if module is None:
            module = type(sys)(fullname)
            module.__file__ = self.path
            module.__loader__ = self
            sys.modules[fullname] = module
        self.exec_module(module)
        return sys.modules[fullname]


def _spec_for(name, origin, is_package):
    if origin == 'built-in':
        return ModuleSpec(name, BuiltinImporter, origin=origin)
    if origin.startswith('<frozen '):
        spec = ModuleSpec(name, FrozenImporter, origin='frozen', is_package=is_package)
        return spec
    spec = ModuleSpec(name, SourceFileLoader(name, origin), origin=origin,
                      is_package=is_package)
    spec.has_location = True
    if is_package:
        spec.submodule_search_locations.append(origin.rpartition('/')[0])
    return spec
