# Assigning and deleting read-only attributes of builtin types, functions, classes and
# exceptions: CPython's exception type and message for each kind of attribute.


def t(stmt, env=None):
    try:
        exec(stmt, env if env is not None else {})
        print("ok:", stmt)
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)


# Getters without a setter, read-only members, methods, nothing at all.
t("(5).real = 1")
t("(1.5).imag = 0")
t("True.real = 1")
t("del (5).real")
t("(1j).real = 2")
t("[].append = 1")
t("del [].append")
t("'a'.upper = 1")
t("(5).__doc__ = 'x'")
t("object().x = 1")
t("del object().x")
t("(5).foo = 1")
t("None.x = 1")
t("slice(1, 2).start = 3")
t("range(3).stop = 1")
t("property().fget = 1")
t("staticmethod(len).__func__ = 1")
t("memoryview(b'').readonly = 1")
t("iter([]).x = 1")
t("def g(): yield\ng().gi_code = 1")
t("class I(int): pass\nI(5).real = 1")
t("class I(int): pass\ndel I(5).imag")
t("class S:\n __slots__ = ()\n def m(self): pass\nS().m = 1")
t("class S:\n __slots__ = ()\n def m(self): pass\ndel S().m")
t("class S:\n __slots__ = ('x',)\nS().y = 1")
print((5).__doc__ == int.__doc__)

# Functions.
t("def f(): pass\nf.__globals__ = {}")
t("def f(): pass\ndel f.__globals__")
t("def f(): pass\nf.__closure__ = None")
t("def f(): pass\nf.__dict__ = 3")
t("def f(): pass\ndel f.__dict__")
t("def f(): pass\nf.__dict__ = {'a': 1}; print(f.a)")
t("def f(): pass\nf.x = 1; del f.x; print(hasattr(f, 'x'))")
t("def f(): pass\ndel f.x")
t("def f(): pass\nf.__annotations__ = 3")
t("def f(): pass\nf.__annotations__ = {'a': 1}; print(f.__annotations__)")
t("def f(x: int): pass\nf.__annotations__ = None; print(f.__annotations__)")
t("def f(x: int): pass\ndel f.__annotations__; print(f.__annotations__)")

# Classes.
t("class A: pass\nA.__name__ = 5")
t("class A: pass\nA.__qualname__ = 5")
t("class A: pass\nA.__name__ = 'a\\0b'")
t("class A: pass\ndel A.__name__")
t("class A: pass\ndel A.__qualname__")
t("class A: pass\ndel A.__module__")
t("class A: pass\ndel A.__doc__")
t("class A: pass\nA.__mro__ = ()")
t("class A: pass\nA.__base__ = int")
t("class A: pass\nA.__dict__ = {}")
t("class A: pass\nA.__name__ = 'B'; print(A.__name__, A.__qualname__)")
t("int.real = 3")

# Instance __dict__ assignment.
t("class A: pass\nA().__dict__ = 5")
t("class A: pass\na = A(); a.y = 2; a.__dict__ = {'x': 1}; print(a.x, hasattr(a, 'y'), a.__dict__)")
t("class A: pass\na = A(); a.y = 2; del a.__dict__; print(a.__dict__)")
t("class A:\n def __init__(self): self.__dict__ = {'k': 3}\nprint(A().k)")

# Exceptions.
t("e = ValueError(); del e.args")
t("e = ValueError(); e.args = 5")
t("e = ValueError(); del e.__cause__")
t("e = ValueError(); del e.__context__")
t("e = ValueError(); del e.__traceback__")
t("e = ValueError(); e.__cause__ = 5")
t("e = ValueError(); e.__cause__ = ValueError")
t("e = ValueError(); e.__context__ = 5")
t("e = ValueError(); e.__cause__ = KeyError(); print(e.__suppress_context__)")
