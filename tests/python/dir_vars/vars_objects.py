# vars(): instance __dict__, class namespace keys, modules, objects without __dict__
class P:
    cls_attr = 0
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(vars(p))
p.z = 3
print(vars(p))
print(sorted(k for k in vars(P) if not k.startswith("__")))
print("__module__" in vars(P), vars(P)["cls_attr"])
import sys
print(vars(sys) is sys.__dict__)
for bad in [1, "s", [1], None]:
    try:
        vars(bad)
    except TypeError as e:
        print(type(bad).__name__, e)
def f():
    q = 9
    return vars()
print(f())
