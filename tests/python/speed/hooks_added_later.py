"""Attribute hooks added to a class (or a base) after its instances were used still apply."""


class Base:
    pass


class Child(Base):
    def __init__(self):
        self.x = 1


c = Child()
for _ in range(3):
    print(c.x)
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)


def base_getattr(self, name):
    return "base getattr " + name


Base.__getattr__ = base_getattr
print(c.missing)
print(c.x)


def child_getattribute(self, name):
    return "getattribute " + name


Child.__getattribute__ = child_getattribute
print(c.x, c.anything)
del Child.__getattribute__
print(c.x, c.other)

log = []


def base_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)


Base.__setattr__ = base_setattr
c.y = 5
print(log, c.y)
del Base.__setattr__
c.z = 6
print(log, c.z)
del Base.__getattr__
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e)


class Desc:
    def __get__(self, obj, owner):
        return "descriptor"


c.w = "instance"
print(c.w)
Child.w = property(lambda self: "property")
print(c.w)
del Child.w
print(c.w)
