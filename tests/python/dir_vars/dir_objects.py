# dir(): sorted names for user classes, instances, inheritance, modules, no-arg form, __dir__
class Base:
    base_attr = 1
    def base_method(self):
        pass

class Child(Base):
    """A child."""
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def method(self):
        pass
    @property
    def prop(self):
        return 4

print(dir(Base))
print(dir(Child))
c = Child()
print(dir(c))
print([n for n in dir(c) if not n.startswith("_")])
c.extra = 5
print([n for n in dir(c) if not n.startswith("__")])

class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))

def f():
    a = 1
    b = 2
    return dir()
print(f())

import sys
print("argv" in dir(sys), "path" in dir(sys))
print(sorted(dir()) == dir())
print(dir(object) == sorted(dir(object)), len(dir(object)))
