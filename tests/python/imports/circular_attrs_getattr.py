# Attribute errors on modules: CPython's "partially initialized module" wording while the
# module's body runs (a circular import), the plain wording afterwards, and a module-level
# __getattr__ (PEP 562) supplying missing attributes.
import sys
sys.path.insert(0, sys.path[0] + "/_modules")
import circ_attr_a
print(circ_attr_a.f(), circ_attr_a.X)
try:
    circ_attr_a.nothing
except AttributeError as e:
    print(e)
import lazy_attrs
print(lazy_attrs.eager, lazy_attrs.lazy_value, getattr(lazy_attrs, 'lazy_x', None))
try:
    lazy_attrs.other
except AttributeError as e:
    print(e)
print(hasattr(lazy_attrs, 'lazy_q'), hasattr(lazy_attrs, 'q'))
from lazy_attrs import lazy_from
print(lazy_from)
