# Function introspection: __code__ (co_* fields), __defaults__, __kwdefaults__, __globals__,
# __closure__ and cell_contents, and the singleton types called with no arguments.
def outer(a, b=2, *args, c, d=4, **kw):
    total = a + b

    def inner(x):
        return x + total + a

    return inner


code = outer.__code__
print(type(code).__name__, code.co_name, code.co_argcount, code.co_kwonlyargcount)
print(code.co_varnames[:6], code.co_cellvars, code.co_freevars)
print(outer.__defaults__, outer.__kwdefaults__, outer.__closure__)
inner = outer(1, c=3)
print(inner.__code__.co_freevars, inner.__code__.co_argcount, inner(10))
print([c.cell_contents for c in inner.__closure__])
print(outer.__globals__ is globals(), inner.__globals__["outer"] is outer)


def no_kw(x, y=5):
    return x


print(no_kw.__kwdefaults__, no_kw.__defaults__, (lambda: 0).__code__.co_name)
outer.__kwdefaults__["d"] = 40
print(outer.__kwdefaults__)


def late():
    def f():
        return v
    cells = f.__closure__
    try:
        cells[0].cell_contents
    except ValueError as e:
        print("ValueError:", e)
    v = 7
    return cells[0].cell_contents


print(late())
print(type(None)(), type(...)(), type(NotImplemented)())
for t in (type(None), type(...)):
    try:
        t(1)
    except TypeError as e:
        print(e)
