# ExceptionGroup.split / subgroup / derive: types, tuples, predicates, nesting, metadata copy.
inner = ExceptionGroup("inner", [TypeError(3), ValueError(4)])
eg = ExceptionGroup("outer", [ValueError(1), TypeError(2), inner, KeyError("k")])
print(eg.split(ValueError))
print(eg.split((TypeError, KeyError)))
print(eg.split(LookupError))
print(eg.split(Exception))
print(eg.split(OSError))
print(eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
print(eg.split(lambda e: not isinstance(e, ExceptionGroup) and e.args[0] in (1, 4)))
print(eg.subgroup(TypeError))
print(eg.subgroup(OSError))
print(eg.subgroup(lambda e: True) is eg)
for bad in (3, "x", (ValueError, 3), int):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError", e)
d = eg.derive([ZeroDivisionError()])
print(repr(d), type(d).__name__)
print(repr(eg.derive([KeyboardInterrupt()])))
try:
    raise eg from OSError("cause")
except ExceptionGroup as e:
    e.add_note("a note")
    m, r = e.split(ValueError)
    print(repr(m.__cause__), m.__notes__, r.__notes__, m.__traceback__ is not None)


class Custom(ExceptionGroup):
    def derive(self, excs):
        return Custom(self.message + "!", excs)


c = Custom("c", [ValueError(1), TypeError(2)])
print(c.split(ValueError))
print(type(c.subgroup(TypeError)).__name__, c.subgroup(TypeError).message)
