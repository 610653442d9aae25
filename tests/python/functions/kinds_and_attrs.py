# parameters of every kind, decorators, closures, generators send/throw/close, call errors, function attributes
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames, f.__code__.co_name, f.__name__, f.__qualname__)
def deco(fn):
    def w(*a, **k):
        print("call", fn.__name__)
        return fn(*a, **k)
    return w
@deco
@deco
def h(x): return x * 2
print(h(3))
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
i = counter(); i(); print(i(), i.__closure__[0].cell_contents)
print([lambda: k for k in range(3)][0]())
def fact(n): return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
def g():
    x = yield 1
    print("got", x)
    try:
        y = yield 2
    except ValueError as e:
        print("caught", e)
        yield 99
    return "done"
gg = g()
print(next(gg), gg.send("a"), gg.throw(ValueError("v")))
try:
    next(gg)
except StopIteration as e:
    print("stop", e.value, e.args)
def sub():
    r = yield from g2()
    print("r", r)
def g2():
    yield 1
    yield 2
    return 3
print(list(sub()))
def closer():
    try:
        yield 1
    except GeneratorExit:
        print("exit")
        raise
c = closer(); next(c); c.close(); print(c.gi_frame)
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad(); next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
def sg():
    yield 1
s = sg()
try:
    s.send(5)
except TypeError as e:
    print(e)
def reent():
    yield next(r)
r = reent()
try:
    next(r)
except ValueError as e:
    print(e)
def stopper():
    raise StopIteration
    yield
try:
    next(stopper())
except RuntimeError as e:
    print(e, repr(e.__cause__))
print(sum(x*x for x in range(10) if x % 2))
print(list((x, y) for x in range(3) for y in range(x)))
gen = (x for x in range(3))
print(gen.gi_running, next(gen), list(gen))
def kwonly(*, a): pass
try: kwonly(1)
except TypeError as e: print(e)
def many(a, b): pass
try: many(1, 2, 3, 4)
except TypeError as e: print(e)
try: many()
except TypeError as e: print(e)
try: many(1, b=2, **{'b': 3})
except TypeError as e: print(e)
try: f(*1)
except TypeError as e: print(e)
try: f(**1)
except TypeError as e: print(e)
try: f(1, **{1: 2})
except TypeError as e: print(e)
print((lambda *a, **k: (a, k))(*[1, 2], *(3,), **{'x': 1}, y=2))
def annot(a: int, b: "str" = 'x') -> list: pass
print(annot.__annotations__)
print(f.__module__, type(f).__name__, f.__doc__)
def doc():
    "docstring"
print(doc.__doc__)
f.attr = 5
print(f.__dict__)
