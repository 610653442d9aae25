"""Abstract Base Classes (PEP 3119): ABC, abstractmethod, ABCMeta.

isles cannot subclass type yet, so ABCMeta is a class factory: a class made with
metaclass=ABCMeta (or derived from ABC) refuses instantiation while abstract methods remain,
with CPython's TypeError; isinstance() and issubclass() see register()ed virtual subclasses
(recorded on every ABC in the registering class's MRO)."""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    for attr in ('fget', 'fset', 'fdel', '__func__'):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, '__isabstractmethod__', False):
            return True
    return False


def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__mro__[1:]:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


_token = [0]


def get_cache_token():
    return _token[0]


class ABC:
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        update_abstractmethods(cls)
        cls._abc_registry = []

    def __new__(cls, *args, **kwargs):
        abstracts = getattr(cls, '__abstractmethods__', None)
        if abstracts:
            names = sorted(abstracts)
            s = 's' if len(names) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract method{s} {', '.join(names)}")
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        for c in cls.__mro__:
            reg = c.__dict__.get('_abc_registry')
            if reg is not None and subclass not in reg:
                reg.append(subclass)
        _token[0] += 1
        return subclass


def ABCMeta(name, bases, namespace, /, **kwargs):
    """Metaclass for defining Abstract Base Classes (a class factory in isles)."""
    if not any(isinstance(b, type) and issubclass(b, ABC) for b in bases):
        bases = tuple(bases) + (ABC,)
    return type(name, bases, namespace)
