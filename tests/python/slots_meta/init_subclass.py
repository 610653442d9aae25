# __init_subclass__ with keyword arguments, __set_name__, __class_getitem__
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class Alpha(Plugin):
    pass

class Beta(Plugin, name="the-beta"):
    pass

class Gamma(Beta):
    pass

print(sorted(Plugin.registry), Beta.plugin_name, Gamma.plugin_name)

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)

class Record:
    title = Field()
    count = Field()

r = Record()
print(r.title)
r.title = "hello"
r.count = 3
print(r.title, r.count, sorted(vars(r)))

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"])

class Sub(Box):
    pass
print(Sub[str])
try:
    Record[int]
except TypeError as e:
    print("TypeError:", e)
