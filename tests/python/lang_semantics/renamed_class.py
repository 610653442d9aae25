# A class whose __name__ was reassigned: errors name it by its new name; the repr keeps the
# qualified name.
class Foo:
    pass


Foo.__name__ = "Bar"
f = Foo()
print(Foo.__name__, Foo.__qualname__, type(f).__name__)
for op in [lambda: f.x, lambda: f + 1, lambda: len(f), lambda: Foo(1), lambda: Foo.zz,
           lambda: f[0], lambda: iter(f), lambda: f()]:
    try:
        op()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
