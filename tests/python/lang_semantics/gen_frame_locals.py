# gi_frame.f_locals of a suspended generator: its bound locals, cells and free variables.
def g(a, b=2):
    x = a + b
    yield x
    y = x * 2
    yield y
    del x
    yield 0


gen = g(1)
print(gen.gi_frame.f_locals)
next(gen)
print(gen.gi_frame.f_locals, gen.gi_frame.f_lineno)
next(gen)
print(gen.gi_frame.f_locals, gen.gi_frame.f_lineno)
next(gen)
print(gen.gi_frame.f_locals)
for _ in gen:
    pass
print(gen.gi_frame)


def outer():
    n = 10

    def inner():
        total = 0
        for i in range(3):
            total += i + n
            yield total
    return inner()


it = outer()
next(it)
print(sorted(it.gi_frame.f_locals.items()))


def cellgen():
    c = 5
    f = lambda: c
    yield f
    c = 6
    yield f


cg = cellgen()
next(cg)
print(sorted(cg.gi_frame.f_locals))
print(cg.gi_frame.f_locals['c'])
next(cg)
print(cg.gi_frame.f_locals['c'], cg.gi_frame.f_code.co_name)
