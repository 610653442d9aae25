# globals()/locals()/vars(): live module dict, snapshots in functions, class bodies, closures
x = 1
print(globals() is globals(), type(globals()).__name__)
print("x" in globals(), globals()["x"])
globals()["made_here"] = 42
print(made_here)
print(locals() is globals())

def fn(a, b=2, *args, **kw):
    c = a + b
    print(sorted(locals().items()))
    exec("c = 100")
    print("c still", c)
    l = locals()
    l["c"] = 5
    print("after writing the snapshot:", c)
    return sorted(locals())

print(fn(1))
print(fn(1, 3, 4, k=5))

class K:
    p = 1
    q = 2
    print(sorted(locals()))
    print(sorted(vars()))

def outer():
    v = 1
    def inner():
        return locals()
    w = 3
    def inner2():
        return v + w, locals()
    return inner(), inner2()
print(outer())

def gen():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals())
print(list(gen()))
print(sorted(vars()) == sorted(globals()))
print([sorted(locals()) for _ in range(1)])
