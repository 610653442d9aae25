# Private name mangling: __names in class bodies, methods, lambdas and comprehensions,
# parameters and keyword-only defaults, nested classes, imports, global declarations,
# __slots__, leading-underscore class names, and inheritance keeping both privates.
class P:
    __slots__ = ("__x", "y", "__z__")
    def __init__(self):
        self.__x = 1
        self.y = 2
        self.__z__ = 3
    def get(self): return self.__x
p = P()
print(p.get(), p._P__x, P.__slots__, sorted(n for n in dir(p) if "x" in n or "z" in n))
class _Under:
    def __m(self): return "m"
    def call(self): return self.__m()
print(_Under().call(), hasattr(_Under, "_Under__m"))
class ___:
    __a = 1
print(sorted(k for k in vars(___) if k.endswith("__a")))
class Outer:
    class __Inner:
        pass
    def make(self): return self.__Inner
    def f(self, __arg=1, *, __kw=2):
        return __arg, __kw
    __val = 5
    def lam(self): return (lambda: self.__val)(), [self.__val for _ in range(1)]
print(Outer().make().__name__, Outer().make().__qualname__, Outer.f.__code__.co_varnames, Outer.f.__kwdefaults__, Outer().f(), Outer().lam())
try: Outer().f(__kw=3)
except TypeError as e: print(e)
import sys as __sys
class Imp:
    import os as __os
    def g(self): return self.__os.sep
print(Imp().g(), "_Imp__os" in vars(Imp))
def free():
    __local = 1
    return __local
print(free())
class G:
    def set(self):
        global __gv
        __gv = 9
G().set()
print(sorted(k for k in globals() if "gv" in k))
print(getattr(Outer(), "_Outer__val"), Outer.__dict__.get("_Outer__val"))
class A:
    def __init__(self): self.__v = "A"
    def a(self): return self.__v
class B(A):
    def __init__(self): super().__init__(); self.__v = "B"
    def b(self): return self.__v
o = B(); print(o.a(), o.b(), sorted(vars(o)))
