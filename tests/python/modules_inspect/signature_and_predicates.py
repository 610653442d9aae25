# inspect: signature/Parameter/bind with CPython's text and errors, predicates, getmembers, getdoc, getsource, stack.
import inspect, functools, abc
from typing import List, Optional
def f(a, b=2, *args, c, d=4, **kw): "Doc of f.\n\n    More."
def g(x: int, y: str = "s", /, z: List[int] = None) -> Optional[int]: pass
def h(p, /, q): pass
async def co(): pass
def gen(): yield 1
class A:
    """Class A doc."""
    def __init__(self, x, y=1): self.x = x
    def method(self, k): "method doc"
    @staticmethod
    def st(q): pass
    @classmethod
    def cm(cls, r): pass
    @property
    def prop(self): return 1
class B(A):
    def method(self, k): pass
class Callable:
    def __call__(self, v, *, w=0): pass
class Abs(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
for obj in [f, g, h, co, A, A.method, A(1).method, A.st, A.cm, Callable(), lambda x, *y: 0, functools.partial(f, 1, c=3), B]:
    s = inspect.signature(obj)
    print(s, repr(s), list(s.parameters), [str(p.kind) for p in s.parameters.values()])
s = inspect.signature(f)
print(s.parameters["b"], repr(s.parameters["b"]), s.parameters["b"].default, s.parameters["a"].default is inspect.Parameter.empty, s.return_annotation is inspect.Signature.empty)
print(s.parameters["a"].kind.description, s.parameters["args"].kind == inspect.Parameter.VAR_POSITIONAL, int(inspect.Parameter.KEYWORD_ONLY))
ba = s.bind(1, 2, 3, c=5, z=9); print(ba, ba.args, ba.kwargs, ba.arguments); ba.apply_defaults(); print(ba)
for bad in [lambda: s.bind(), lambda: s.bind(1), lambda: s.bind(1, a=2, c=1), lambda: inspect.signature(h).bind(p=1, q=2), lambda: inspect.signature(A.method).bind(1, 2, 3), lambda: inspect.signature(lambda: 0).bind(x=1), lambda: inspect.signature(5)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(inspect.signature(f).bind_partial(1))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k): return fn(*a, **k)
    return wrapper
@deco
def wrapped(u, v=3): pass
print(inspect.signature(wrapped), inspect.unwrap(wrapped).__name__)
print(inspect.isfunction(f), inspect.isfunction(len), inspect.isclass(A), inspect.isclass(A(1)), inspect.ismethod(A(1).method), inspect.ismethod(A.method), inspect.ismodule(inspect), inspect.isbuiltin(len), inspect.isroutine(len), inspect.isroutine(f))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(co), inspect.isgenerator(gen()), inspect.isabstract(Abs), inspect.isabstract(A))
c = co(); print(inspect.iscoroutine(c), inspect.isawaitable(c)); c.close()
print([n for n, v in inspect.getmembers(A) if not n.startswith("__")], [n for n, _ in inspect.getmembers(A(1), inspect.ismethod)])
print([n for n, _ in inspect.getmembers(A, inspect.isfunction)])
print(repr(inspect.getdoc(f)), inspect.getdoc(A), inspect.getdoc(B.method), inspect.cleandoc("  a\n    b\n  c\n"))
print(inspect.getmodule(f).__name__, inspect.getfile(f).endswith("ins1.py"), inspect.getmro(B))
print(inspect.getfullargspec(f)); print(inspect.getfullargspec(g))
print(inspect.getsource(A.method)); print(inspect.getsource(wrapped)); print(inspect.getsource(Callable))
print(inspect.currentframe().f_lineno, inspect.stack()[0].function, inspect.stack()[0].lineno)
def inner(): return inspect.stack()[1].function, inspect.currentframe().f_back.f_code.co_name
def outer(): return inner()
print(outer())
print(inspect.getcallargs(f, 1, c=2))
print(inspect.formatannotation(List[int]), inspect.formatannotation(int), inspect.formatannotation(A))
