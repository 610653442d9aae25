# an exception with both a context and an explicit cause: only the cause is printed
def parse(s):
    try:
        return int(s)
    except ValueError:
        other = KeyError("explicit cause")
        raise RuntimeError("parse failed") from other

print(parse("12"))
try:
    parse("twelve")
except RuntimeError as e:
    print("caught", repr(e))
parse("zwölf")
