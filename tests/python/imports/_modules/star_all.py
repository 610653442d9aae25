"""A module with __all__ naming a private and leaving out a public name."""
__all__ = ['shown', '_private_shown']
shown = 'shown'
_private_shown = 'private but listed'
hidden = 'public but not listed'
