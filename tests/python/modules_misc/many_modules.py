# abc, typing, contextlib, array, weakref, traceback, warnings, gc, atexit, keyword, builtins, cmath, __future__.
from __future__ import annotations
import abc, typing, contextlib, array, weakref, traceback, warnings, gc, atexit, keyword, sys, builtins, cmath
from typing import List, Dict, Optional, Union, Callable, Any, TypeVar, Generic, Iterator
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try: Base()
except TypeError as e: print(e)
class Impl(Base):
    def run(self): return 1
try: Impl()
except TypeError as e: print(e)
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T) -> None: self.v = v
def f(x: List[int], y: Optional[Dict[str, Any]] = None) -> Union[int, str]: return x[0]
print(f([3]), Box[int](2).v, f.__annotations__, List[int], Optional[int], typing.get_type_hints(f) if False else "")
print(typing.TYPE_CHECKING, typing.cast(int, "x"), Callable[[int], str])
@contextlib.contextmanager
def cm(n):
    print("enter", n)
    try: yield n * 2
    finally: print("exit")
with cm(2) as v: print(v)
try:
    with cm(1): raise KeyError("k")
except KeyError as e: print("caught", e)
with contextlib.suppress(ZeroDivisionError): 1/0
print("after")
with contextlib.ExitStack() as st:
    st.callback(print, "cb"); st.enter_context(cm(3))
import io
with contextlib.redirect_stdout(io.StringIO()) as s: print("hidden")
print(repr(s.getvalue()))
with contextlib.nullcontext(5) as n: print(n)
class R:
    def close(self): print("closed")
with contextlib.closing(R()): pass
a = array.array("i", [1, 2, 3]); a.append(4); print(a, a.tolist(), a.itemsize, a.typecode, a[1:], sum(a), array.array("d", [1.5]), array.array("b", b"ab"), a.tobytes()[:4])
try: array.array("b", [300])
except OverflowError as e: print(e)
try: array.array("q", ["x"])
except TypeError as e: print(e)
class O: pass
o = O(); r = weakref.ref(o); print(r() is o); del o; gc.collect(); print(r())
wd = weakref.WeakValueDictionary(); o2 = O(); wd["a"] = o2; print(len(wd)); del o2; gc.collect(); print(len(wd))
try: weakref.ref(1)
except TypeError as e: print(e)
def bad(): return 1 / 0
try: bad()
except ZeroDivisionError:
    print(traceback.format_exc()); traceback.print_exc(file=sys.stdout)
print(traceback.format_exception_only(ValueError("v")), traceback.format_exception(KeyError("k"))[-1])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always"); warnings.warn("careful"); warnings.warn("dep", DeprecationWarning)
    print([(str(x.message), x.category.__name__) for x in w])
warnings.filterwarnings("ignore"); warnings.warn("silent")
warnings.resetwarnings()
print(gc.isenabled(), type(gc.collect()).__name__, gc.get_threshold()[0] > 0); gc.disable(); print(gc.isenabled()); gc.enable()
atexit.register(print, "at exit 1"); 
@atexit.register
def last(): print("at exit 2")
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.softkwlist)
print(builtins.len("ab"), builtins.__name__, hasattr(builtins, "print"), cmath.sqrt(-1), cmath.phase(-1), cmath.polar(1j), cmath.exp(1j * cmath.pi), cmath.rect(1, 0))
warnings.warn("final warn")
def old(): warnings.warn("old is deprecated", DeprecationWarning, stacklevel=2)
old()
warnings.warn("user", UserWarning)
