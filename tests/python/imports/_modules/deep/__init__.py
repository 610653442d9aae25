"""Package with a nested package."""
level = 'deep'
