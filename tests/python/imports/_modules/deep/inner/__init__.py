"""Nested package: relative imports one and two levels up."""
from .. import level as parent_level
from . import leaf
from .leaf import leaf_value
from ..sibling import sib
