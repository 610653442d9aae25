"""The informational attributes of sys that CPython makes as struct sequences
(version_info, float_info, int_info, hash_info, flags, thread_info) and the other constants
and hooks ordinary scripts read (hexversion, builtin_module_names, displayhook, excepthook,
settrace...). sys gets them the first time it is asked for a missing attribute."""


class _StructSeq(tuple):
    """A tuple with named fields whose repr is CPython's `sys.name(field=value, ...)`."""
    __slots__ = ()
    _name = ''
    _fields = ()

    def __new__(cls, values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        parts = ', '.join(f'{f}={v!r}' for f, v in zip(self._fields, self))
        return f'{self._name}({parts})'

    def __reduce__(self):
        return type(self), (tuple(self),)


def _structseq(name, fields):
    ns = {'__slots__': (), '_name': name, '_fields': tuple(fields), '__module__': 'sys',
          'n_fields': len(fields), 'n_sequence_fields': len(fields), 'n_unnamed_fields': 0}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
    return type(name.rsplit('.', 1)[-1], (_StructSeq,), ns)


def fill(sys, present):
    """Set the attributes sys lacks (`present` names those it has: a program may have set
    some, such as sys.dont_write_bytecode, before asking for another)."""
    present = set(present)

    def put(name, value):
        if name not in present:
            setattr(sys, name, value)

    version_info = _structseq('sys.version_info',
                              ['major', 'minor', 'micro', 'releaselevel', 'serial'])
    vi = (3, 11, 0, 'final', 0)
    put('version_info', version_info(vi))
    put('hexversion', (vi[0] << 24) | (vi[1] << 16) | (vi[2] << 8) | 0xf0 | vi[4])
    put('float_info', _structseq('sys.float_info', [
        'max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig',
        'epsilon', 'radix', 'rounds'])((
            1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15,
            53, 2.220446049250313e-16, 2, 1)))
    put('int_info', _structseq('sys.int_info', [
        'bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
        'str_digits_check_threshold'])((30, 4, 4300, 640)))
    put('hash_info', _structseq('sys.hash_info', [
        'width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits',
        'cutoff'])((64, 2305843009213693951, 314159, 0, 1000003, 'siphash13', 64, 128, 0)))
    put('flags', _structseq('sys.flags', [
        'debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode',
        'no_user_site', 'no_site', 'ignore_environment', 'verbose', 'bytes_warning', 'quiet',
        'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode', 'warn_default_encoding',
        'safe_path', 'int_max_str_digits'])(
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1)))
    put('thread_info', _structseq('sys.thread_info', ['name', 'lock', 'version'])(
        ('pthread', 'semaphore', None)))
    put('float_repr_style', 'short')
    put('maxunicode', 1114111)
    put('api_version', 1013)
    put('abiflags', '')
    put('dont_write_bytecode', False)
    put('warnoptions', [])
    put('path_hooks', [])
    put('meta_path', [])
    put('path_importer_cache', {})
    put('prefix', '/usr/local')
    put('exec_prefix', '/usr/local')
    put('base_prefix', '/usr/local')
    put('base_exec_prefix', '/usr/local')
    put('platlibdir', 'lib')
    put('pycache_prefix', None)
    put('copyright', 'Copyright (c) 2001-2023 Python Software Foundation.\n'
                     'All Rights Reserved.')
    put('builtin_module_names', tuple(sorted(
        ('_abc', '_io', '_thread', '_weakref', 'builtins', 'gc', 'math', 'posix', 'sys',
         'time', '_random', '_json', '_struct', '_re', 'cmath'))))
    put('stdlib_module_names', frozenset((
        'abc', 'array', 'asyncio', 'atexit', 'base64', 'binascii', 'bisect', 'builtins',
        'cmath', 'collections', 'contextlib', 'copy', 'dataclasses', 'enum', 'fnmatch',
        'fractions', 'functools', 'gc', 'graphlib', 'hashlib', 'heapq', 'importlib', 'io',
        'itertools', 'json', 'keyword', 'math', 'numbers', 'operator', 'os', 'posixpath',
        'pprint', 'queue', 'random', 're', 'runpy', 'statistics', 'string', 'struct', 'sys',
        'textwrap', 'threading', 'time', 'traceback', 'types', 'typing', 'warnings',
        'weakref', 'argparse', 'calendar', 'csv', 'datetime', 'logging', 'pathlib', 'secrets',
        'shlex', 'shutil', 'subprocess', 'timeit', 'urllib', 'uuid', 'codecs', 'contextvars',
        'difflib', 'filecmp', 'fileinput', 'getpass', 'hmac', 'html', 'platform')))
    state = {'trace': None, 'profile': None, 'max_str_digits': 4300}

    def settrace(function):
        state['trace'] = function

    def gettrace():
        return state['trace']

    def setprofile(function):
        state['profile'] = function

    def getprofile():
        return state['profile']

    def get_int_max_str_digits():
        return state['max_str_digits']

    def set_int_max_str_digits(maxdigits):
        if maxdigits != 0 and maxdigits < 640:
            raise ValueError('maxdigits must be 0 or larger than 640')
        state['max_str_digits'] = maxdigits

    def is_finalizing():
        return False

    def getrefcount(obj):
        return 2

    def displayhook(value):
        if value is None:
            return
        import builtins
        builtins._ = None
        sys.stdout.write(repr(value) + '\n')
        builtins._ = value

    def excepthook(exctype, value, traceback):
        import traceback as _tb
        _tb.print_exception(exctype, value, traceback)

    def _getframe(depth=0, /):
        import _isles_tb
        from _isles_tbobj import code, frame
        if not isinstance(depth, int):
            raise TypeError(f"'{type(depth).__name__}' object cannot be interpreted as an integer")
        # Depth 0 of the native walk is this function itself.
        infos = []
        d = depth + 1 if depth >= 0 else 1
        while True:
            info = _isles_tb.caller(d)
            if info is None:
                break
            infos.append((info, _isles_tb.caller_namespaces(d)))
            d += 1
        if not infos:
            raise ValueError('call stack is not deep enough')
        outer = None
        for (filename, lineno, _line, name, module), (glob, loc) in reversed(infos):
            f = frame(code(name, filename, lineno), lineno)
            f.f_back = outer
            f.f_globals = glob
            f.f_locals = loc
            f.f_builtins = glob.get('__builtins__', f.f_builtins)
            if not isinstance(f.f_builtins, dict):
                f.f_builtins = f.f_builtins.__dict__
            outer = f
        return outer

    for f in (_getframe, settrace, gettrace, setprofile, getprofile, get_int_max_str_digits,
              set_int_max_str_digits, is_finalizing, getrefcount, displayhook, excepthook):
        f.__module__ = 'sys'
        put(f.__name__, f)
    put('__displayhook__', displayhook)
    put('__excepthook__', excepthook)
    put('orig_argv', [sys.executable] + list(sys.argv))
