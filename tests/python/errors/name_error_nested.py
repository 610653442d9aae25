# NameError raised three calls deep; the top-level bare call line has no carets.
def outer(n):
    print("outer", n)
    return middle(n + 1) * 2

def middle(n):
    print("middle", n)
    total = n + inner(n)
    return total

def inner(n):
    print("inner", n)
    return n * missing_value

print("start")
outer(1)
print("not reached")
