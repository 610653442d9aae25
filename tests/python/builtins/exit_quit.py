# exit() and quit(): SystemExit with the code (None by default), caught and inspected,
# finally blocks running on the way out, and the program's exit status from quit(code=...).
for f, args in ((exit, ()), (quit, (3,)), (exit, ("message",)), (quit, (None,))):
    try:
        f(*args)
    except SystemExit as e:
        print(repr(e), repr(e.code), e.args)


def leave():
    try:
        exit(5)
    finally:
        print("finally ran")


try:
    leave()
except SystemExit as e:
    print("code", e.code, isinstance(e, BaseException), isinstance(e, Exception))
print("exiting")
quit(code=7)
print("not reached")
