print("loading helper_mod", __name__)
VALUE = 42
def twice(x):
    return 2 * x
_private = 1
