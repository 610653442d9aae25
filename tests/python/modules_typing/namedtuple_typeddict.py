# typing.NamedTuple and TypedDict via class syntax; NewType; Protocol as a base.
from typing import NamedTuple, TypedDict, NewType, Protocol, List

class Employee(NamedTuple):
    name: str
    id: int = 3

e = Employee('guido')
print(e, e.name, e.id, e[0], Employee('a', 7), Employee._fields, e._asdict())
print(e._replace(id=9), Employee._field_defaults, Employee.__annotations__)
name, ident = e
print(name, ident, e == ('guido', 3))
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as err:
    print('TypeError', err)

class Movie(TypedDict):
    title: str
    year: int

m = Movie(title='Blade Runner', year=1982)
print(m, type(m).__name__, m['year'], Movie.__annotations__, sorted(Movie.__required_keys__))

UserId = NewType('UserId', int)
print(UserId(5), UserId(5) + 1, UserId.__name__)

class Greeter(Protocol):
    def greet(self) -> str: ...

class English:
    def greet(self) -> str:
        return 'hello'

def welcome(g: Greeter) -> str:
    return g.greet()

print(welcome(English()))
