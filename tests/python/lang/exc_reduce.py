# BaseException.__reduce__/__setstate__: copy.copy, copy.deepcopy and pickle rebuild
# exceptions through their class, with their attributes; OSError and ImportError keep
# their fields.
import copy, pickle
class MyErr(Exception):
    def __init__(self, a, b=0):
        super().__init__(a, b)
        self.a = a
e = ValueError(1, "two")
print(e.__reduce__())
e.x = 5
print(e.__reduce__())
for f in (copy.copy, copy.deepcopy, lambda v: pickle.loads(pickle.dumps(v))):
    for exc in (e, KeyError("k"), MyErr(3, 4), StopIteration(7), SystemExit(2),
                OSError(2, "No such file", "f.txt"), FileNotFoundError(2, "nf", "a", None, "b"),
                OSError("plain"), ImportError("msg", name="mod", path="/p"), ImportError("m")):
        c = f(exc)
        print(type(c).__name__, c.args, str(c), c.__dict__, getattr(c, "x", None),
              getattr(c, "a", None), getattr(c, "filename", None), getattr(c, "name", None))
o = OSError(2, "nf", "f"); o.extra = 1
print(o.__reduce__())
print(ImportError("m", name="n").__reduce__())
s = ValueError()
s.__setstate__({"p": 1, "q": [2]})
print(s.p, s.q, s.__setstate__(None))
try:
    s.__setstate__(5)
except TypeError as err:
    print("TypeError:", err)
print("__reduce__" in BaseException.__dict__, "__setstate__" in BaseException.__dict__)
