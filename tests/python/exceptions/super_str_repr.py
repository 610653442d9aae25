# An exception class's __str__/__repr__ built on super(): BaseException's own text of the
# arguments (not the object repr), for one, several and no arguments, KeyError's repr'd key,
# and OSError's errno form; exception classes printed uncaught use the override.
class AppError(Exception):
    def __str__(self):
        return "app: " + super().__str__()

    def __repr__(self):
        return "<" + super().__repr__() + ">"


class Missing(KeyError):
    def __str__(self):
        return "missing " + super().__str__()


for e in (AppError("one"), AppError("two", 2), AppError(), Missing("k"), Missing("a", "b")):
    print(str(e), "|", repr(e), "|", e.args)
print(BaseException.__str__(AppError("x", 1)), Exception.__repr__(AppError("y")))
print(OSError.__str__(FileNotFoundError(2, "No such file", "f.txt")))


class Wrapped(ValueError):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}"


try:
    raise Wrapped(404, "not found")
except ValueError as e:
    print(e, repr(e))
raise AppError("fatal", "stop")
