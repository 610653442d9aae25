# bare `raise` with no exception being handled is a RuntimeError; after a handler finishes there is none again
def reraise():
    raise

try:
    reraise()
except RuntimeError as e:
    print("caught:", e)

try:
    int("q")
except ValueError:
    print("handled ValueError")
try:
    raise
except RuntimeError as e:
    print("after handler:", repr(e))

def inside_handler():
    try:
        raise KeyError("active")
    except KeyError:
        return helper_reraise()

def helper_reraise():
    # a bare raise in a called function sees the caller's handled exception
    raise

try:
    inside_handler()
except KeyError as e:
    print("helper re-raised", repr(e))

print("now uncaught")
raise
