"""An uncaught AttributeError on a builtin type's value prints CPython's "Did you mean" hint
(worked out from dir(obj) when printed); the traceback module's text has none in 3.11."""
import traceback

try:
    [].apend(1)
except AttributeError as e:
    print("".join(traceback.format_exception_only(e)), end="")
    print(e.name, e.obj)
try:
    "s".uper()
except AttributeError:
    traceback.print_exc()


class Plain:
    pass


try:
    Plain().nothing_close
except AttributeError as e:
    print(e)


def outer():
    return None.__name__


outer()
