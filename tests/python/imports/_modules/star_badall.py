"""__all__ naming something that does not exist."""
__all__ = ['real', 'ghost']
real = 1
