"""Names for the built-in types (FunctionType, GeneratorType, ModuleType, ...) and
SimpleNamespace."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
try:
    CodeType = type(_f.__code__)
except AttributeError:
    pass


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
del sys, _f, _g, _C


class SimpleNamespace:
    """A simple attribute-based namespace.

    SimpleNamespace(**kwargs)"""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        for k, v in dict(mapping_or_iterable).items():
            setattr(self, k, v)
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        if _repr_enter(self):
            return f'{type(self).__name__}(...)'
        try:
            items = (f'{k}={v!r}' for k, v in self.__dict__.items())
            name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
            return f'{name}({", ".join(items)})'
        finally:
            _repr_leave(self)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


_repr_running = []


def _repr_enter(obj):
    for x in _repr_running:
        if x is obj:
            return True
    _repr_running.append(obj)
    return False


def _repr_leave(obj):
    for i in range(len(_repr_running) - 1, -1, -1):
        if _repr_running[i] is obj:
            del _repr_running[i]
            return


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(bases), ns)


def coroutine(func):
    return func



class GenericAlias:
    """A class with type arguments, `list[int]` (what `__class_getitem__` of the builtin
    containers returns)."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self.__parameters__ = ()

    def __repr__(self):
        def show(a):
            if a is Ellipsis:
                return '...'
            if isinstance(a, type):
                if a.__module__ == 'builtins':
                    return a.__qualname__
                return f'{a.__module__}.{a.__qualname__}'
            return repr(a)
        if not self.__args__:
            return f'{show(self.__origin__)}[()]'
        return f'{show(self.__origin__)}[{", ".join(show(a) for a in self.__args__)}]'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)
