# Fields of OSError and the Unicode errors made by hand: OSError keeps only (errno,
# strerror) in args once a file name is given, BlockingIOError's third argument is
# characters_written, and a UnicodeDecodeError's fields are its arguments. None of them is
# in the instance __dict__.

e = OSError(2, "nf", "f.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, str(e))
e = OSError(1, "perm", "a", None, "b")
print(type(e).__name__, e.filename, e.filename2, e.args, str(e))
e = OSError(5, "io", None)
print(e.args, e.filename, str(e))
print(OSError("plain").errno, OSError("plain").args, OSError(1, 2, 3, 4, 5, 6).args)
b = BlockingIOError(11, "again", 7)
print(b.characters_written, b.args, str(b))
print(vars(OSError(2, "x", "y")), vars(b))
e = FileNotFoundError(2, "missing", "p")
e.filename = "q"
print(e.filename, str(e), vars(e))

u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
print(u.encoding, u.object, u.start, u.end, u.reason, vars(u), str(u))
u = UnicodeEncodeError("ascii", "\xe9", 0, 1, "nope")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
u = UnicodeTranslateError("\xe9", 0, 1, "why")
print(u.encoding, u.object, u.start, u.end, u.reason)
try:
    b"\xff".decode()
except UnicodeDecodeError as err:
    print(err.encoding, err.object, err.start, err.end, err.reason, vars(err))
