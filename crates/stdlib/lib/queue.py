"""The exceptions of the queue module (the Queue classes arrive with the module system)."""


class Empty(Exception):
    """Raised by Queue.get(block=0)/get_nowait()."""


class Full(Exception):
    """Raised by Queue.put(block=0)/put_nowait()."""
