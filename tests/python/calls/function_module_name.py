# A function's __name__ and __module__ come from its code and the globals it is made in,
# remembered between makes: a changed __name__, other globals dicts, none at all.
def outer():
    return lambda: 1


def named():
    def inner():
        pass
    return inner


f1 = outer()
print(f1.__module__, f1.__name__, named().__name__, named().__qualname__)
__name__ = "changed"
f2 = outer()
print(f1.__module__, f2.__module__, named().__module__)
__name__ = "__main__"
print(outer().__module__)

src = "def f():\n    return lambda: 0\ng = f()\n"
code = compile(src, "<src>", "exec")
for ns in ({"__name__": "a"}, {"__name__": "b"}, {}, {"__name__": 5}, {"__name__": "a"}):
    exec(code, ns)
    print(ns["f"].__module__, ns["g"].__module__, ns["f"]().__module__)

ns = {"__name__": "x"}
exec(code, ns)
made = [ns["f"]() for _ in range(3)]
ns["__name__"] = "y"
made.append(ns["f"]())
del ns["__name__"]
made.append(ns["f"]())
print([m.__module__ for m in made])

closures = [(lambda k: lambda: k)(i) for i in range(3)]
print([c() for c in closures], {c.__name__ for c in closures})
closures[0].__name__ = "renamed"
print(closures[0].__name__, (lambda k: lambda: k)(9).__name__)
