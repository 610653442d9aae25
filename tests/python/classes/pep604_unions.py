"""PEP 604 unions at run time: `int | None` in annotations of a class body and a dataclass,
repr, equality, order-insensitive dedup, generic aliases in unions, isinstance/issubclass
with a union, and the TypeErrors for members that are not classes."""
from dataclasses import dataclass
import types


@dataclass
class A:
    x: int | None = None
    y: list[str] | None = None


print(A(), A(3, ["a"]))
print(int | str, type(None) | int, None | int, int | None | str, list[int] | None)
print(int | str == str | int, int | int, (int | str).__args__, type(int | str) is types.UnionType)
print(hash(int | str) == hash(str | int), (int | str) | float)


def f(a: dict[str, int] | None = None) -> str | None:
    return None


print(f.__annotations__)
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
for bad in [lambda: int | 3, lambda: 3 | int, lambda: "x" | int]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print("TypeError", e)
