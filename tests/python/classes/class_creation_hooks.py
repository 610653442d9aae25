# __init_subclass__ keywords, __set_name__ (and its errors wrapped in RuntimeError), __class_getitem__, metaclass __prepare__/__new__/__init__ keywords, type.__prepare__.
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)
class A(Base, tag="a"): pass
class B(A): pass
print(A.tag, B.tag)
try:
    class C(Base, bogus=1): pass
except TypeError as e:
    print(e)
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class E:
    x = D()
    y = D()
print(E.x.name, E.y.name)
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class F:
        z = Bad()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None, getattr(e, '__notes__', None))
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int], G[1, 2])
class H:
    pass
try:
    H[int]
except TypeError as e:
    print(e)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("meta new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("meta init", name, kw)
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
class I(metaclass=Meta, flag=True):
    a = 1
print(I.injected, type(I).__name__)
class J(I): pass
class M2(type): pass
try:
    class K(I, metaclass=M2): pass
except TypeError as e:
    print(e)
print(type.__prepare__("x", ()), Meta.__prepare__)
