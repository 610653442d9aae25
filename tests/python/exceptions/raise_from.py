# `raise X from Y`: explicit cause, printed with "The above exception was the direct cause..."
def lookup(table, key):
    try:
        return table[key]
    except KeyError as e:
        raise ValueError("bad key " + repr(key)) from e

table = {"x": 1}
print(lookup(table, "x"))
try:
    lookup(table, "y")
except ValueError as e:
    print("caught:", e, e.args)

def cause_is_class():
    raise RuntimeError("wrapped") from IndexError

try:
    cause_is_class()
except RuntimeError as e:
    print("class cause ok:", e)

try:
    raise ValueError("x") from 5
except TypeError as e:
    print("bad cause:", e)

def convert(s):
    try:
        return int(s)
    except ValueError as exc:
        raise LookupError("cannot convert") from exc

print(convert("7"))
convert("seven")
