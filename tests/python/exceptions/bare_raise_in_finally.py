# bare `raise` inside a finally block: re-raises the in-flight exception, or fails when there is none
def with_exception():
    try:
        raise KeyError("in flight")
    finally:
        print("finally re-raising")
        raise

try:
    with_exception()
except KeyError as e:
    print("caught", repr(e))

def without_exception():
    try:
        print("body ok")
    finally:
        raise

try:
    without_exception()
except RuntimeError as e:
    print("caught", repr(e))
