"""Main entry point: python -m unittest [test names | discover]."""

import sys

if sys.argv[0].endswith("__main__.py"):
    import os.path
    executable = os.path.basename(sys.executable)
    sys.argv[0] = executable + " -m unittest"
    del os

__unittest = True

from unittest import main

main(module=None)
