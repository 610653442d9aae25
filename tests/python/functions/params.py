# Positional parameters: binding order, shadowing of globals, rebinding params.
x = "global x"

def show(a, b, c):
    print("a =", a, "b =", b, "c =", c)

show(1, 2, 3)
show("x", [1], None)

def shadows(x):
    x = x + "!"
    return x

print(shadows("param"), x)

def rebinds(lst):
    lst = lst + [99]
    return lst

def mutates(lst):
    lst.append(99)

data = [1, 2]
print(rebinds(data), data)
mutates(data)
print(data)

def uses_global():
    return x + " seen"

print(uses_global())

def many(a, b, c, d, e, f, g, h):
    return a * 10000000 + b * 1000000 + c * 100000 + d * 10000 + e * 1000 + f * 100 + g * 10 + h

print(many(1, 2, 3, 4, 5, 6, 7, 8), many(0, 0, 0, 0, 0, 0, 0, 1))

def same_name(same_name):
    return same_name * 2

print(same_name(21))
print(show(0, 0, 0))
f = shadows
print(f("alias"), f is shadows, type(f))
