# sys attributes made on first use keep what the program set before, and all show up in dir.
import sys

sys.intern = "mine"
print(sys.intern, type(sys.executable).__name__, sys.maxunicode)
print(all(n in dir(sys) for n in ["exit", "exc_info", "exception", "getdefaultencoding", "version"]))
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.implementation.cache_tag is None or True)
try:
    raise KeyError("k")
except KeyError:
    print(sys.exc_info()[0], sys.exception())
from sys import exit
try:
    exit(3)
except SystemExit as e:
    print("exit", e.code)
