# Imports of modules and packages found on sys.path: aliases, from-imports, relative
# imports, star imports, caching in sys.modules, ImportError and a SyntaxError in a module.
import sys
sys.path.insert(0, sys.path[0] + "/_modules")
import helper_mod
import helper_mod as h2
from helper_mod import twice, VALUE
import pkg.sub
from pkg import a
from helper_mod import *
print(helper_mod.VALUE, h2 is helper_mod, twice(4), VALUE, pkg.sub.X, a.greet("x"), pkg.greet("y"))
print(__name__, helper_mod.__name__, pkg.__name__, pkg.sub.__name__)
import sys
print("helper_mod" in sys.modules, "_private" in dir() if False else "ok")
try:
    import nonexistent_mod
except ImportError as e:
    print(type(e).__name__, e)
try:
    from helper_mod import nothing_here
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])
import bad_mod
