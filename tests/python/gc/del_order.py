# Order of finalizers: containers release items as CPython does; __del__ inheritance and changes
import gc


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


print("list:")
l = [A("l1"), A("l2"), A("l3")]
del l
print("tuple:")
t = (A("t1"), A("t2"))
del t
print("dict:")
d = {"a": A("d1"), "b": A("d2")}
del d
print("set of one:")
s = {A("s1")}
del s
print("nested:")
outer = A("outer")
outer.inner = A("inner")
outer.inner.deeper = A("deeper")
del outer


class B(A):
    pass


class C(A):
    def __del__(self):
        print("C.__del__ then", end=" ")
        super().__del__()


print("inherited:")
B("b")
C("c")


class Late:
    pass


def late_del(self):
    print("late __del__")


Late.__del__ = late_del
y = Late()
print("dropping instance made after:")
del y


class Attrs:
    def __del__(self):
        print("attrs at del:", sorted(vars(self)))


a = Attrs()
a.p = 1
a.q = [1, 2]
del a
print("end")
