# f_locals of a sys._getframe() frame read after its function returned shows the final variables.
import sys
def f():
    fr = sys._getframe()
    a = 1
    print(sorted(k for k in fr.f_locals), fr.f_locals["a"])
    b = 2
    a = 10
    return fr
fr = f()
print(sorted((k, v) for k, v in fr.f_locals.items() if k != "fr"))
def g():
    fr = sys._getframe()
    x = [1]
    del x
    y = 'y'
    return fr
print(sorted(fr2 for fr2 in g().f_locals))
def outer():
    z = 5
    def inner():
        return sys._getframe(1)
    fr = inner()
    z = 6
    w = 7
    return fr
print(sorted((k, v) for k, v in outer().f_locals.items() if k not in ("fr", "inner")))
def h():
    fr = sys._getframe()
    q = 1
    fr.f_locals
    q = 2
    print(fr.f_locals['q'])
    q = 3
    return fr
print(h().f_locals['q'])
