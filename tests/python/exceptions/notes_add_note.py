# PEP 678 exception notes: add_note, __notes__, its errors, and notes printed under the
# message of an uncaught exception (this program ends with one).
def parse(line_no, text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"while parsing line {line_no}")
        raise


results = []
for i, t in enumerate(["1", "22", "x3"], 1):
    try:
        results.append(parse(i, t))
    except ValueError as e:
        print("caught:", e, e.__notes__)
print(results)
e = KeyError("k")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nwith two lines")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print(err)
e.__notes__ = ("as", "tuple")
try:
    e.add_note("x")
except TypeError as err:
    print(err)
print(RuntimeError("r").with_traceback(None).args)
err = RuntimeError("final")
err.add_note("note one")
err.add_note("note two")
raise err
