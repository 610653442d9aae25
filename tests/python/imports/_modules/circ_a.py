"""Half of a circular import that fails: circ_b wants a name not yet defined here."""
import circ_b
late = 1
