# abc.ABCMeta as a real metaclass: type of ABCs, abstract methods blocking instantiation,
# register() (as decorator too), __subclasshook__, caches reset by registration,
# get_cache_token and update_abstractmethods.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Base(ABC):
    @abstractmethod
    def run(self): ...

    @abstractmethod
    def stop(self): ...

    @property
    @abstractmethod
    def name(self): ...


print(type(Base), sorted(Base.__abstractmethods__), isinstance(Base, ABCMeta))
for cls in (Base,):
    try:
        cls()
    except TypeError as e:
        print(e)


class Half(Base):
    def run(self):
        return 1


try:
    Half()
except TypeError as e:
    print(e)


class Full(Half):
    def stop(self):
        return 2
    name = 'full'


f = Full()
print(f.run(), f.stop(), f.name, isinstance(f, Base), issubclass(Full, Half), Full.__abstractmethods__)


class Duckish(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Duckish:
            return hasattr(C, 'quack') or NotImplemented
        return NotImplemented


class Duck:
    def quack(self):
        pass


class Sub(Duckish):
    pass


print(issubclass(Duck, Duckish), isinstance(Duck(), Duckish), issubclass(int, Duckish))
print(issubclass(Duck, Sub), isinstance(Sub(), Duckish))

token = abc.get_cache_token()


class Registry(ABC):
    pass


class Child(Registry):
    pass


print(issubclass(int, Registry), isinstance(3, Registry))
Registry.register(int)
print(abc.get_cache_token() != token, issubclass(int, Registry), isinstance(3, Registry),
      issubclass(bool, Registry), issubclass(str, Registry), issubclass(int, Child))
Child.register(str)
print(issubclass(str, Registry), issubclass(str, Child), isinstance('s', Registry))


@Registry.register
class Decorated:
    pass


print(Decorated.__name__, issubclass(Decorated, Registry), Registry.register(Child) is Child)
try:
    Registry.register(3)
except TypeError as e:
    print(e)
try:
    Child.register(Registry)
except RuntimeError as e:
    print(e)
try:
    issubclass(3, Registry)
except TypeError as e:
    print(e)


class CM(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...

    @staticmethod
    @abstractmethod
    def helper(): ...


print(sorted(CM.__abstractmethods__), CM.make.__isabstractmethod__)


class Late(ABC):
    @abstractmethod
    def f(self): ...


Late.f = lambda self: 'now concrete'
print(sorted(Late.__abstractmethods__))
abc.update_abstractmethods(Late)
print(sorted(Late.__abstractmethods__), Late().f())


class Meta2(ABCMeta):
    pass


class W(metaclass=Meta2):
    @abstractmethod
    def g(self): ...


try:
    W()
except TypeError as e:
    print(e)
print(type(W).__name__, isinstance(W, ABCMeta))
