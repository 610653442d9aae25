# special methods of user classes: operators, reflected and in-place, container protocol, descriptors, attribute hooks, __init_subclass__, MRO, metaclasses, slots
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __iadd__(self, o): self.x += o; return self
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __hash__(self): return hash(self.x)
    def __len__(self): return abs(self.x)
    def __bool__(self): return self.x != 0
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * self.x
    def __contains__(self, v): return v == 42
    def __call__(self, *a): return ("called", a)
    def __format__(self, spec): return f"V<{spec}>"
    def __neg__(self): return V(-self.x)
    def __matmul__(self, o): return "matmul"
    def __divmod__(self, o): return ("dm", o)
    def __pow__(self, o, m=None): return ("pow", o, m)
print(V(1) + V(2), 3 + V(1), V(1) + 4)
v = V(5); v += 2; print(v)
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(3) > V(2), sorted([V(3), V(1)]))
print(len(V(-4)), bool(V(0)), list(V(2)), 42 in V(0), V(1)(1, 2), f"{V(1):abc}", -V(3), V(1) @ V(2), divmod(V(1), 5), pow(V(1), 2, 3))
print({V(1): 'a'}[V(1)])
try: V(1) - V(2)
except TypeError as e: print(e)
try: V(1) < 3
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
class NoHash:
    def __eq__(self, o): return True
try: hash(NoHash())
except TypeError as e: print(e)
print(NoHash.__hash__)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v * 2
    @x.deleter
    def x(self): print("del x")
    @staticmethod
    def s(a): return a
    @classmethod
    def c(cls, a): return cls.__name__, a
p = P(); p.x = 5; print(p.x); del p.x
print(P.s(1), P.c(2), p.c(3), P.x.__class__.__name__)
try: P().y
except AttributeError as e: print(e)
class RO:
    @property
    def r(self): return 1
try: RO().r = 2
except AttributeError as e: print(e)
try: del RO().r
except AttributeError as e: print(e)
class D:
    def __get__(self, obj, typ=None): return ("get", obj is None)
    def __set__(self, obj, v): print("set", v)
    def __delete__(self, obj): print("delete")
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
class H:
    d = D()
h = H(); print(h.d, H.d); h.d = 3; del h.d
class GA:
    def __getattr__(self, n): return "ga:" + n
    def __setattr__(self, n, v): print("setattr", n, v); object.__setattr__(self, n, v)
    def __delattr__(self, n): print("delattr", n)
g = GA(); g.a = 1; print(g.a, g.zz); del g.a
class GAB:
    def __getattribute__(self, n):
        if n == "magic": return 42
        return object.__getattribute__(self, n)
print(GAB().magic)
try: GAB().nope
except AttributeError as e: print(e)
class Base:
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag
class Sub(Base, flag="yes"): pass
print(Sub.flag)
class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B" + super().f()
class C(A):
    def f(self): return "C" + super().f()
class DD(B, C):
    def f(self): return "D" + super().f()
print(DD().f(), [k.__name__ for k in DD.__mro__])
try:
    class X(A, B): pass
except TypeError as e: print(e)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        ns['added'] = name.lower()
        return super().__new__(m, name, bases, ns)
    def __call__(cls, *a):
        print("meta call", a)
        return super().__call__(*a)
class WithMeta(metaclass=Meta):
    def __init__(self, x): self.x = x
w = WithMeta(5); print(w.x, WithMeta.added, type(WithMeta).__name__)
T = type('T', (A,), {'g': lambda self: 7})
print(T().g(), T().f(), T.__name__, isinstance(T(), (int, A)), issubclass(T, (str, A)))
class Slotted:
    __slots__ = ('a', 'b')
s = Slotted(); s.a = 1
try: s.c = 3
except AttributeError as e: print(e)
try: s.b
except AttributeError as e: print(e)
print(Slotted.a, hasattr(s, '__dict__'))
class Ctx:
    def __enter__(self): return self
    def __exit__(self, t, v, tb): print("exit", t.__name__ if t else None); return True
with Ctx() as c:
    raise KeyError("x")
print("suppressed")
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
    def __iter__(self): return iter([1, 2, 3])
print(list(reversed(Rev())))
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()))
class Idx:
    def __index__(self): return 2
print([1, 2, 3][Idx()], bin(Idx()), range(10)[Idx()])
class SI:
    def __setitem__(self, k, v): print("setitem", k, v)
    def __delitem__(self, k): print("delitem", k)
    def __getitem__(self, k): return k
si = SI(); si[1:2] = 5; del si[::3]; print(si[1, 2], si[1:2:3])
