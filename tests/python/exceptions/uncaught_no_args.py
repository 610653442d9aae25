# uncaught exception raised as a bare class: the report ends with just the class name
def deep(n):
    if n == 0:
        raise IndexError
    return deep(n - 1)

try:
    deep(2)
except IndexError as e:
    print("caught", repr(e), str(e) == "")
deep(3)
