# SystemExit: caught by `except SystemExit` and bare except but not by `except Exception`;
# uncaught with an int code it sets the exit status without a traceback
def leave(code):
    raise SystemExit(code)

try:
    leave(4)
except Exception:
    print("not reached")
except SystemExit as e:
    print("caught SystemExit", e.args, repr(e))

try:
    leave("bye")
except BaseException as e:
    print("caught as BaseException:", type(e).__name__, str(e))

try:
    try:
        leave(0)
    finally:
        print("finally runs on SystemExit")
except SystemExit:
    print("then caught")
print("exiting with 3")
leave(3)
