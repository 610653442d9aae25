# Module attribute and module-function calls through the per-site cache: values that
# change, names that go away, two modules at one site, dunders and module __getattr__.
import math
import types
import sys

m1 = types.ModuleType("m1")
m2 = types.ModuleType("m2")
m1.f = lambda x: ("m1", x)
m1.pad = 0
m2.other = 1
m2.f = lambda x: ("m2", x)


def call_f(m, x):
    return m.f(x)


def get_f(m):
    return m.f


for i in range(4):
    print(call_f(m1, i), call_f(m2, i))
    print(get_f(m1)(i), get_f(m2)(i))

# Reassigned, deleted, re-added at another position.
m1.f = lambda x: ("m1 new", x)
print(call_f(m1, 5))
del m1.f
for _ in range(2):
    try:
        call_f(m1, 6)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        get_f(m1)
    except AttributeError as e:
        print("AttributeError:", e)
m1.g = 1
m1.f = len
print(call_f(m1, "abc"), get_f(m1)("ab"))

# A value that is not a function: calling it through the method path.
m1.f = 3
try:
    call_f(m1, 1)
except TypeError as e:
    print("TypeError:", e)
m1.f = type
print(call_f(m1, 1))


class Callable:
    def __call__(self, x):
        return ("called", x)


m1.f = Callable()
print(call_f(m1, 7))


# PEP 562: a module __getattr__ supplies missing names only.
def modgetattr(name):
    return "from __getattr__: " + name


m2.__getattr__ = modgetattr
print(get_f(m2)(1))
del m2.f
print(get_f(m2))
for _ in range(2):
    try:
        call_f(m2, 1)
    except TypeError as e:
        print("TypeError:", e)


# Dunder names are not answered from the cache.
def dict_of(m):
    return m.__dict__


def name_of(m):
    return m.__name__


for _ in range(3):
    print(type(dict_of(m1)).__name__, name_of(m1), name_of(math))
m1.__dict__["__name__"] = "renamed"
print(name_of(m1))


# Native module functions, attributes and errors.
def use_math(x):
    return math.sqrt(x), math.floor(x), math.pi


for x in (4.0, 2.5, 9):
    print(use_math(x))
try:
    use_math(-1.0)
except ValueError as e:
    print("ValueError:", e)


def missing():
    return math.no_such_name


for _ in range(2):
    try:
        missing()
    except AttributeError as e:
        print("AttributeError:", e)


def call_h(m):
    return m.h(9)


m1.h = lambda x: ("m1 h", x)
m2.h = lambda x: ("m2 h", x)
for m in (m1, m2, m1, math):
    try:
        print(call_h(m))
    except AttributeError as e:
        print("AttributeError:", e)

# The module object itself through sys.modules, and a module global set by a function.
this = sys.modules[__name__]
counter = 0


def bump():
    global counter
    counter += 1
    return this.counter


print([bump() for _ in range(5)])
