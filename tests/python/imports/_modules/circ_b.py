"""Imports a name from the partially initialised circ_a."""
from circ_a import late
