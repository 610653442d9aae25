# AttributeError raised by attribute lookup carries name and obj.
class C:
    pass


c = C()
for obj, name in [(c, "missing"), ("abc", "nope"), (5, "real_"), ([], "push")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e, "|", e.name, "|", e.obj is obj)
try:
    c.x
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
e = AttributeError("by hand")
print(e.name, e.obj)
e = AttributeError("kw", name="n", obj=1)
print(e.name, e.obj)
print(NameError("x", name="q").name, NameError("x").name)
for bad in [lambda: NameError("x", foo=1), lambda: AttributeError("x", foo=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class E(AttributeError):
    pass


print(E("m", name="a").name)
