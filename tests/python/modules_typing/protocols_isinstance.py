# typing: runtime_checkable protocols in isinstance/issubclass (methods and data members),
# the errors for unchecked protocols and for instantiating one, the SupportsX protocols, and
# isinstance against bare aliases (List, Sequence) and subscripted ones (an error).
import typing
from typing import Protocol, runtime_checkable, SupportsInt, SupportsIndex, SupportsFloat


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str


class Plain(Protocol):
    def run(self): ...


class File:
    def close(self):
        pass


class Thing:
    name = 'thing'


print(isinstance(File(), Closer), isinstance(1, Closer), issubclass(File, Closer), issubclass(int, Closer))
print(isinstance(Thing(), Named), isinstance(File(), Named))
try:
    issubclass(Thing, Named)
except TypeError as e:
    print(e)
try:
    isinstance(File(), Plain)
except TypeError as e:
    print(e)
try:
    Closer()
except TypeError as e:
    print(e)
try:
    runtime_checkable(int)
except TypeError as e:
    print(e)


class Impl(Closer):
    def close(self):
        return 'closed'


print(Impl().close(), isinstance(Impl(), Closer))
print(isinstance(3, SupportsInt), isinstance('s', SupportsInt), isinstance(3, SupportsIndex),
      isinstance(2.5, SupportsFloat), isinstance(2.5, SupportsIndex))
print(isinstance([], typing.List), isinstance((), typing.List), isinstance({}, typing.Dict),
      isinstance([], typing.Sequence), isinstance('s', typing.Iterable), isinstance(5, typing.Iterable),
      issubclass(list, typing.MutableSequence), issubclass(dict, typing.Mapping))
try:
    isinstance([], typing.List[int])
except TypeError as e:
    print(e)
