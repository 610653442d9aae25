# e.args, str(e) and repr(e) for zero, one and several arguments, of various types
def show(e):
    print(repr(e), "| str:", repr(str(e)), "| args:", e.args, "| len:", len(e.args))

show(ValueError())
show(ValueError("one"))
show(ValueError("two", 2))
show(ValueError(1, 2, 3))
show(ValueError(None))
show(ValueError(""))
show(ValueError(("a", "b")))
show(ValueError([1, 2]))
show(TypeError(3.5))
show(KeyError())
show(KeyError("k"))
show(KeyError(5))
show(KeyError("a", "b"))
show(KeyError(""))
show(IndexError("it's"))
show(Exception('say "hi"'))
show(RuntimeError("line1\nline2"))
show(ZeroDivisionError(0))
show(BaseException("base"))

try:
    raise LookupError("x", 1)
except LookupError as e:
    first = e.args[0]
    print("first arg:", first, "second:", e.args[1])
    print("args is a tuple:", type(e.args).__name__)
print(str(Exception(Exception("nested"))), repr(Exception(Exception("nested"))))
print(repr(ValueError), str(KeyError), type(ValueError("x")))
