"""object.__init__ and object.__new__ with extra arguments: which class shapes CPython 3.11 refuses, and its messages."""
class A:
    def __init__(self, x):
        super().__init__(x)
class B: pass
class C:
    def __new__(cls, *a): return super().__new__(cls)
class D:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, *a): super().__init__(*a)
for f in [lambda: A(1), lambda: B(1), lambda: C(1), lambda: D(1), lambda: object().__init__(1), lambda: B().__init__(1), lambda: object.__init__(B(), k=1), lambda: object(1), lambda: B.__new__(B, 1), lambda: C.__new__(C, 1)]:
    try:
        r = f()
        print("ok", type(r).__name__)
    except TypeError as e:
        print(e)
class E:
    def __init__(self, x): self.x = x
print(E(1).x, type(object.__new__(E, 1)).__name__)
class F:
    def __new__(cls, x): return object.__new__(cls, x)
for f in [lambda: F(1), lambda: object.__new__(B, k=2), lambda: E(1).__init__(5) or "reinit", lambda: object.__new__(), lambda: object.__init__()]:
    try: print(f())
    except TypeError as e: print(e)
