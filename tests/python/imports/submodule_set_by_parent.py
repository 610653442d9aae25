# `import os.path` before `os` was imported: os.py puts its path module into
# sys.modules['os.path'] itself, so the import finds it there after running the parent.
import os.path
import sys

print(os.path.join("a", "b"), os.path is sys.modules["os.path"], os.path.__name__)
import os.path as osp
from os import path

print(osp is path is os.path)
try:
    import os.nothere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import sys.what
except ModuleNotFoundError as e:
    print(e)
