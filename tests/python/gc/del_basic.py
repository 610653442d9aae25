# __del__ runs when the last reference goes: del, rebinding, leaving a function, containers
class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


a = A("a")
print("before del")
del a
print("after del")

b = A("b1")
b = A("b2")
print("rebound")
b = None
print("set to None")


def f():
    t = A("local")
    print("in f")


f()
print("after f")


def g():
    return A("returned")


g()
print("result dropped")
keep = g()
print("kept", keep.name)
del keep

items = [A("x"), A("y"), A("z")]
items.pop(1)
print("popped")
items.clear()
print("cleared")

d = {"k": A("in dict")}
del d["k"]
print("key deleted")

c = A("attr owner")
c.child = A("child")
del c
print("owner gone")

for i in range(3):
    tmp = A(i)
print("loop done")
del tmp


class B(A):
    pass


B("subclass")
print("expression statement")
