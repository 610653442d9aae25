"""A module without __all__: star-import takes the public names only."""
import sys as _sys
alpha = 1
beta = 2
_gamma = 3
