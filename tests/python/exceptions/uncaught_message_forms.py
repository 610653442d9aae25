# the last traceback line for uncaught exceptions depends on args: none, empty string, several
def show_caught(e):
    print(type(e).__name__, "args", e.args)

show_caught(ValueError())
show_caught(ValueError(""))
show_caught(KeyError((1, 2)))

def fail(kind):
    if kind == 1:
        raise KeyError((1, 2))
    raise ValueError("a", 1)

try:
    fail(2)
except ValueError as e:
    print("caught first:", e)
print("now uncaught KeyError with a tuple key")
fail(1)
