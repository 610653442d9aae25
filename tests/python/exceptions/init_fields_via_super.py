# super().__init__ in ImportError/NameError/AttributeError subclasses sets their fields; keyword errors of the exception __init__s.
class MyImportError(ImportError):
    def __init__(self, msg, name=None, path=None):
        super().__init__(msg, name=name, path=path)
e = MyImportError("boom", name="mod", path="/x/y.py")
print(repr(e), e.args, e.msg, e.name, e.path)
class Plain(ImportError):
    pass
p = Plain("m", name="n", path="p")
print(p.args, p.msg, p.name, p.path)
class Two(ImportError):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1
t = Two("a", "b", name="n")
print(t.args, t.msg, t.name, t.path, t.extra)
class NoSuper(ImportError):
    def __init__(self, msg):
        pass
n = NoSuper("q")
print(n.args, n.msg, n.name, n.path)
class MNF(ModuleNotFoundError):
    def __init__(self, msg, name):
        super().__init__(msg, name=name)
m = MNF("no module", "zz")
print(m.args, m.msg, m.name, m.path, str(m))
try:
    ImportError.__init__(e, "x", bogus=1)
except TypeError as err:
    print(err)
ImportError.__init__(e, "again", name="other")
print(e.args, e.msg, e.name, e.path)
class V(ValueError):
    def __init__(self, *a, **k): super().__init__(*a, **k)
try: V(1, x=2)
except TypeError as e: print(e)
try: ValueError.__init__(ValueError(), x=2)
except TypeError as e: print(e)
class S(StopIteration):
    def __init__(self, v): super().__init__(v, 2)
print(S(5).value, S(5).args)
class SE(SystemExit):
    def __init__(self, v): super().__init__(v)
print(SE(3).code)
class N(NameError):
    def __init__(self, m, n): super().__init__(m, name=n)
print(N('a','b').name)
class A(AttributeError):
    def __init__(self, m, n): super().__init__(m, name=n, obj=1)
print(A('a','b').name, A('a','b').obj)
try: AttributeError.__init__(A("a", "b"), "m", nm=3)
except TypeError as e: print(e)
try: NameError.__init__(N("a", "b"), "m", obj=3)
except TypeError as e: print(e)
print('__init__' in ImportError.__dict__, '__init__' in NameError.__dict__, '__init__' in StopIteration.__dict__)
s = StopIteration(1); StopIteration.__init__(s, 7); print(s.value)
x = SystemExit(1); SystemExit.__init__(x, 4, 5); print(x.code)
class MyImportError(ImportError):
    def __init__(self, msg, name=None, path=None):
        super().__init__(msg, name=name, path=path)
print(MyImportError("a", name="b").__dict__, ImportError("x", name="y").__dict__)
class N(NameError):
    def __init__(self, m): super().__init__(m, name="q")
print(N("z").__dict__, vars(NameError("m", name="k")))
e=SyntaxError("m",("f",1,2,"t",1,3)); print(e.__dict__); e=OSError(2,"x","f"); print(e.__dict__)
