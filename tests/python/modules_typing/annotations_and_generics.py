# typing: names usable in annotations and as generics, their reprs, TypeVar/Generic,
# get_origin/get_args, cast; class and module __annotations__.
from typing import (Any, Callable, Dict, List, Optional, Tuple, Union, TypeVar, Generic,
                    Iterable, Sequence, Set, Literal, cast, get_origin, get_args, ClassVar)
import typing

T = TypeVar('T')
K = TypeVar('K', bound=str)
print(T, K, TypeVar('T_co', covariant=True), TypeVar('C', contravariant=True))
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Tuple[int, ...])
print(Callable[[int, str], bool], Callable[..., int], Literal['a', 1], Any, List, Set[T])
print(Union[int], Union[int, None], Optional[Union[int, str]], Union[int, Union[str, int]])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int), get_args(int))
print(cast(int, 'not really'), typing.TYPE_CHECKING)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s: Stack[int] = Stack()
s.push(1); s.push(2)
print(s.pop(), s.items)

def first(xs: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return xs[0] if xs else default

print(first([3, 4]), first([], 'none'))

class Config:
    name: str
    retries: int = 3
    limit: ClassVar[int] = 10
    def method(self) -> Dict[str, Any]:
        return {'name': getattr(self, 'name', None)}

print(Config.__annotations__, Config.retries, Config().method())
count: int = 5
label: Optional[str]
print(__annotations__, count)
try:
    Union[()]
except TypeError as e:
    print('TypeError', e)
try:
    List[int, str]
except TypeError as e:
    print('TypeError', e)
