# TypeError: missing two required positional arguments (message lists both names).
def point(x, y, z):
    return [x, y, z]

def scaled(p, k=2):
    return [p[0] * k, p[1] * k, p[2] * k]

print(point(1, 2, 3))
print(scaled(point(1, 2, 3)), scaled(point(0, -1, 2), 10))
print("calling point with one argument")
p = point(1)
print("not reached")
