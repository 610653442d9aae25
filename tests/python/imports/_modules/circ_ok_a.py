"""Circular import that works: names defined before the cycle are visible."""
early = 'early'
import circ_ok_b
def use():
    return circ_ok_b.value
