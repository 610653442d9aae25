# Special-method protocols and their errors: NotImplemented equality, unhashable classes,
# bad __bool__/__len__/__repr__ results, __index__, __format__, reflected and in-place
# operators, context managers, property without setter, generator close/throw/send,
# metaclass __repr__, __new__ singletons.
class A:
    def __eq__(self, o): return NotImplemented
print(A() == A(), A() != A(), A() == 1)
class H:
    def __eq__(self, o): return True
try: hash(H())
except TypeError as e: print(e)
class B:
    def __bool__(self): return 1
try: bool(B())
except TypeError as e: print(e)
class L:
    def __len__(self): return -1
try: len(L())
except ValueError as e: print(e)
class L2:
    def __len__(self): return "x"
try: len(L2())
except TypeError as e: print(e)
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10

try: len(Seq())
except TypeError as e: print(e)
class Idx:
    def __index__(self): return 2
print([1,2,3][Idx()], range(10)[Idx()], bin(Idx()), "abc"[Idx():])
class F:
    def __format__(self, spec): return f"F({spec})"
print(f"{F():>10}", format(F(), "x"), "{:abc}".format(F()))
try: format(object(), "x")
except TypeError as e: print(e)
class R:
    def __repr__(self): return 5
try: repr(R())
except TypeError as e: print(e)
class C:
    def __call__(self, *a, **k): return a, k
print(C()(1, x=2), callable(C()), callable(C))
class Cmp:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
print(sorted([Cmp(3), Cmp(1)])[0].v, max(Cmp(1), Cmp(5)).v, Cmp(1) > Cmp(0))
try: Cmp(1) <= Cmp(2)
except TypeError as e: print(e)
class Num:
    def __init__(s, v): s.v = v
    def __add__(s, o): return Num(s.v + (o.v if isinstance(o, Num) else o))
    def __radd__(s, o): return Num(o + s.v)
    def __iadd__(s, o): s.v += 100; return s
    def __repr__(s): return f"Num({s.v})"
n = Num(1); n += 1; print(n, 5 + Num(1), Num(1) + Num(2), sum([Num(1), Num(2)]))
try: Num(1) - 1
except TypeError as e: print(e)
try: -Num(1)
except TypeError as e: print(e)
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None, v); return True
with Ctx() as c: raise ValueError("swallowed")
with Ctx(), Ctx() as d: print("body")
try:
    with 5: pass
except TypeError as e: print(e)
class P:
    @property
    def x(self): return 1
try: P().x = 2
except AttributeError as e: print(e)
try: del P().x
except AttributeError as e: print(e)
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g(); next(it); it.close(); print("closed")
it = g(); next(it)
try: it.throw(ValueError("boom"))
except ValueError as e: print("thrown", e)
def g2():
    x = yield 1
    print("got", x)
    yield x * 2
it = g2(); print(next(it), it.send(21))
try: g2().send(5)
except TypeError as e: print(e)
class M(type):
    def __repr__(cls): return f"<class {cls.__name__} via M>"
class Z(metaclass=M): pass
print(Z, type(Z).__name__, isinstance(Z, M))
print(type("Dyn", (object,), {"a": 1})().a)
class WithNew:
    def __new__(cls, *a):
        print("new", a); return super().__new__(cls)
    def __init__(self, x): print("init", x)
WithNew(5)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class Meta(type):
    def __str__(cls):
        return f"str of {cls.__name__}"
class WithStr(metaclass=Meta):
    pass
print(WithStr, repr(WithStr)[:8], f"{WithStr}", [WithStr][0].__name__)
class BadMeta(type):
    def __repr__(cls):
        return 42
class Bad(metaclass=BadMeta):
    pass
try:
    repr(Bad)
except TypeError as e:
    print(e)
class SuperMeta(type):
    def __repr__(cls):
        return "meta:" + super().__repr__()
class Sup(metaclass=SuperMeta):
    pass
print(repr(Sup), [Sup])
