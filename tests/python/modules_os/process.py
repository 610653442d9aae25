# os: environ, getenv, getcwd, getpid, urandom, cpu_count, fspath.
import os

print(os.environ["PYTHONHASHSEED"], os.getenv("PYTHONHASHSEED"), os.getenv("NO_SUCH_VAR_X"),
      os.getenv("NO_SUCH_VAR_X", "dflt"), "PATH" in os.environ, "NO_SUCH_VAR_X" in os.environ)
os.environ["ISLES_X"] = "1"
print(os.environ["ISLES_X"], os.environ.get("ISLES_X"), os.environ.pop("ISLES_X"), os.environ.get("ISLES_X"))
try:
    os.environ["NO_SUCH_VAR_X"]
except KeyError as e:
    print("KeyError", e)
print(os.getcwd() == os.path.abspath("."), os.path.isabs(os.getcwd()), type(os.getpid()).__name__)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), os.cpu_count() >= 1)
print(os.fspath("x/y"))

class P:
    def __fspath__(self):
        return "from/fspath"

print(os.fspath(P()), os.path.join(P(), "z"))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
