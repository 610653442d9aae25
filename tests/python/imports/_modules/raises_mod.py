"""A module whose body raises: it must not stay in sys.modules."""
x = 1
raise ValueError('boom in module body')
