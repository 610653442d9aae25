# metaclasses: metaclass= with __new__/__init__/__call__/__prepare__, inheritance of the metaclass
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = name.lower()
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def describe(cls):
        return f"class {cls.__name__} tagged {cls.tag}"

class Base(metaclass=Meta):
    x = 1
    def method(self):
        return "method"

class Child(Base):
    y = 2

print(type(Base).__name__, type(Child).__name__, isinstance(Child, Meta), isinstance(Child, type))
print(Base.tag, Child.tag, Child.describe())
print(Child().method(), Child.x, Child.y)
print(type(Child()).__name__)

class Counted(type):
    count = 0
    def __call__(cls, *args, **kwargs):
        Counted.count += 1
        print("creating", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

class Thing(metaclass=Counted):
    def __init__(self, a, b=0):
        self.a, self.b = a, b

t1 = Thing(1)
t2 = Thing(2, b=3)
print(Counted.count, t1.a, t2.b)

class Singleton(type):
    _instances = {}
    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init runs once")
print(Config() is Config())

class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}
    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)

class WithPrepare(metaclass=Ordered, option=True):
    a = 1
print(WithPrepare.injected, WithPrepare.a)

# type(name, bases, ns) and calling a metaclass directly
Dyn = type("Dyn", (Base,), {"z": 3})
print(type(Dyn).__name__, Dyn.z, Dyn.tag)
Plain = type("Plain", (), {"v": 1, "f": lambda self: self.v + 1})
print(Plain().f(), Plain.__name__, type(Plain).__name__)
M2 = Meta("M2", (), {"q": 9})
print(M2.q, M2.tag)
