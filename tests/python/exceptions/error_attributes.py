# Attributes of builtin errors: NameError.name (set for undefined names, None when made by
# hand or for unbound locals), AttributeError.name/obj defaults, ImportError.name,
# StopIteration.value, KeyError args, OSError fields, and common messages.
def lookup():
    return undefined_thing


try:
    lookup()
except NameError as e:
    print(type(e).__name__, e, repr(e.name))


def unbound():
    print(later)
    later = 1


try:
    unbound()
except NameError as e:
    print(type(e).__name__, e, repr(e.name))
print(repr(NameError("custom").name), repr(AttributeError("x").name), repr(AttributeError("x").obj))
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    exec("print(not_defined_in_exec)")
except NameError as e:
    print(e, e.name)
try:
    [].nope
except AttributeError as e:
    print(e)
e = StopIteration(5, 6)
print(e.value, e.args)
try:
    {}[("a", 1)]
except KeyError as e:
    print(e, e.args)
try:
    open("/nonexistent/dir/file.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
for f in (lambda: int("4.5"), lambda: [1][5], lambda: 1 / 0, lambda: None + 1, lambda: "x" * 1.5):
    try:
        f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
e = FileNotFoundError(2, "No such file", "f.txt")
print(str(e), e.errno, e.strerror, e.filename, e.filename2, OSError.__str__(e))
e = OSError("just a message")
print(str(e), e.errno, e.strerror, e.filename)
e = PermissionError(13, "Permission denied", "a", None, "b")
print(e, e.filename2)
