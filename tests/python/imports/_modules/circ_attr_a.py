"""Half of a cycle: circ_attr_b reads an attribute of this module before it is defined."""
import circ_attr_b
X = 1


def f():
    return circ_attr_b.Y
