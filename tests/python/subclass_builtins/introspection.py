# type(), isinstance, __class__, __mro__, __dict__, __slots__, vars on builtin subclasses
class MyList(list):
    """A documented list."""
    kind = "mine"

class Sub(MyList):
    pass

x = Sub([1])
print(type(x), type(x).__name__, x.__class__, Sub.__mro__, Sub.__bases__, MyList.__base__)
print(isinstance(x, list), isinstance(x, MyList), isinstance(x, (int, Sub)), issubclass(Sub, list), type(x) is Sub)
print(x.kind, Sub.kind, MyList.__doc__, x.__dict__, vars(x), hasattr(x, "append"), getattr(x, "kind"))
x.a = 1
setattr(x, "b", 2)
print(sorted(vars(x).items()), x.a, getattr(x, "b"))
delattr(x, "a")
print(x.__dict__)
try:
    x.a
except AttributeError as e:
    print("AttributeError:", e)

try:
    class P(int):
        __slots__ = ("unit",)
except TypeError as e:
    print("TypeError:", e)
class P(float):
    __slots__ = ("unit",)
p = P(3)
p.unit = "m"
print(p, p.unit, hasattr(p, "__dict__"))
try:
    p.other = 1
except AttributeError as e:
    print("AttributeError:", e)

class Q(str):
    __slots__ = ()
try:
    Q("a").x = 1
except AttributeError as e:
    print("AttributeError:", e)

print(type(5) is int, type(True), isinstance(True, int), type(MyList()) == MyList, MyList.__name__, MyList.__qualname__)
print(MyList.append is list.append, MyList.__init__ is list.__init__, MyList.__len__ is not None)

class Meta(type):
    pass
class Weird(dict, metaclass=Meta):
    pass
w = Weird(a=1)
print(type(Weird).__name__, w, type(w).__name__, isinstance(w, dict))
print(repr(MyList), repr(Sub([2])), str(Sub([2])), len(Sub(range(5))))
import copy
c = copy.copy(Sub([1, [2]]))
print(c, type(c).__name__)
dc = copy.deepcopy(Sub([1, [2]]))
print(dc, type(dc).__name__)
