# cls.__subclasses__(): direct subclasses in creation order, dead ones dropped.
import gc


class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass


print(A.__subclasses__())
print(B.__subclasses__(), C.__subclasses__(), D.__subclasses__())
print(bool in int.__subclasses__())
print(type.__subclasses__(A) == A.__subclasses__())


def make():
    class Temp(A): pass
    return Temp


t = make()
print([c.__name__ for c in A.__subclasses__()])
del t
gc.collect()
print([c.__name__ for c in A.__subclasses__()])


def all_subclasses(cls):
    out = []
    for s in cls.__subclasses__():
        out.append(s.__name__)
        out.extend(all_subclasses(s))
    return out


print(all_subclasses(A))


# A plugin registry built from __subclasses__.
class Plugin:
    name = "base"


class Json(Plugin):
    name = "json"


class Yaml(Plugin):
    name = "yaml"


print({p.name: p.__name__ for p in Plugin.__subclasses__()})
try:
    A.__subclasses__(1)
except TypeError as e:
    print("TypeError:", e)
try:
    type.__subclasses__(1)
except TypeError as e:
    print("TypeError:", e)
