"""A leaf module reporting its import attributes."""
leaf_value = 'leaf'
info = (__name__, __package__, __spec__.name, __spec__.parent)
