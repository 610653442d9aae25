# Function annotations: __annotations__ with parameters in order (positional-only, regular,
# *args, keyword-only, **kwargs) then "return", evaluated at def time, an empty dict for
# functions without any (kept once made), methods, decorated functions, lambdas, and
# private names mangled inside classes.
from typing import List, Optional


def f(a: int, b: "str" = "x", /, c: List[int] = None, *args: float, d: Optional[int] = None,
      **kw: bool) -> dict:
    return {}


print(f.__annotations__)
print(list(f.__annotations__))


def plain(x, y=1):
    return x


print(plain.__annotations__, (lambda: 0).__annotations__)
plain.__annotations__["x"] = int
print(plain.__annotations__)
order = []


def note(v):
    order.append(v)
    return v


def evaluated(a: note("a"), b: note("b")) -> note("ret"):
    pass


print(order, evaluated.__annotations__)


class K:
    def method(self, __secret: int, other: "K") -> "K":
        return self

    @staticmethod
    def static(n: float) -> None:
        pass


print(K.method.__annotations__, K.static.__annotations__, K().method.__annotations__ is K.method.__annotations__)


def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    wrapper.__annotations__ = dict(fn.__annotations__, wrapped=True)
    return wrapper


@deco
def g(x: int) -> int:
    return x


print(g.__annotations__, g(3))
