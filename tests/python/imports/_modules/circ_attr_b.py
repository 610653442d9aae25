"""Reads circ_attr_a.X while circ_attr_a is still running its body."""
import circ_attr_a
Y = 2
try:
    print(circ_attr_a.X)
except AttributeError as e:
    print('AttributeError', e)
