# __qualname__ as CPython 3.11 sets it: no ".<locals>" after a comprehension, and a def
# or class declared global in its parent is named as at module level.
def f():
    a = [lambda: 0 for _ in range(1)]
    b = {k: (lambda: 1) for k in range(1)}
    c = list((lambda: 2) for _ in range(1))
    d = {(lambda: 3) for _ in range(1)}
    def g(): pass
    e = [g for _ in range(1)]
    h = [[lambda: 5 for _ in range(1)] for _ in range(1)]
    class K:
        m = [lambda: 4 for _ in range(1)]
    return [x.__qualname__ for x in (a[0], b[0], c[0], d.pop(), e[0], h[0][0], K.m[0])]
print(f())
print([(lambda: 0) for _ in range(1)][0].__qualname__)
print([x for x in [lambda: 0]][0].__qualname__)
print([(lambda: 0).__code__.co_qualname for _ in range(1)])
print((lambda: [lambda: 0 for _ in range(1)])()[0].__qualname__)
def f():
    global g, K
    def g(): pass
    class K:
        def m(self): pass
    def h():
        global j
        def j(): pass
        j2 = lambda: 0
        return j2
    return h()
print(f().__qualname__, g.__qualname__, K.__qualname__, K.m.__qualname__, j.__qualname__)
class C:
    global D
    class D: pass
print(D.__qualname__)
class Outer:
    class __Priv:
        def m(self): pass
    def make(self):
        return [lambda: 0 for _ in range(1)][0], (lambda: [lambda: 1 for _ in range(1)])()[0]
print(Outer._Outer__Priv.__qualname__, Outer._Outer__Priv.m.__qualname__)
print([x.__qualname__ for x in Outer().make()])
print([g.__qualname__ for g in [(y for y in ()) for _ in range(1)]])
