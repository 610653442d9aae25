# An uncaught SyntaxError: a positional argument after a keyword argument.
def area(w, h):
    return w * h
print(area(w=2, 3))
