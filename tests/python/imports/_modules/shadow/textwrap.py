"""Shadows the standard textwrap: sys.path entries come before the standard library."""
shadowed = True
