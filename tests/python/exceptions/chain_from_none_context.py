# `from None` sets suppression; a later exception raised while handling it still shows it as context
def inner():
    try:
        [][0]
    except IndexError:
        raise KeyError("k") from None

def outer():
    try:
        inner()
    except KeyError as e:
        print("outer handling", repr(e))
        raise TypeError("outer failure")

outer()
