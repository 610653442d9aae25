# __name__, __package__, __spec__ and __file__ of the main script; relative import from __main__.
print(__name__, __package__, __spec__, __file__.endswith('main_attrs.py'))
try:
    from . import anything
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import anything
except ImportError as e:
    print(type(e).__name__, e)
