# A function's closure is the tuple of cells MakeFunction was given: __closure__ is that
# tuple (the same object on each access), its cells are shared with the defining frame, and
# the collector counts it as CPython does.
import gc


def outer(a):
    b = a * 2

    def inner(c):
        return a + b + c

    return inner


f = outer(1)
print(f(10), f.__code__.co_freevars)
cl = f.__closure__
print(type(cl).__name__, len(cl), cl is f.__closure__)
print([c.cell_contents for c in cl])
print(type(cl[0]).__name__)


def no_free():
    return 1


print(no_free.__closure__)
print(outer.__closure__)


# Cells are shared: a nonlocal store is seen through the closure tuple and by the sibling.
def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    def get():
        return n

    return inc, get


inc, get = counter()
inc()
inc()
print(get(), inc.__closure__[0].cell_contents, get.__closure__[0] is inc.__closure__[0])


# An argument captured by an inner function (its cell starts with the argument).
def capture_arg(x, y=5):
    def g():
        return x, y

    x += 1
    return g


print(capture_arg(1)(), capture_arg(1, 2)())


# Three levels: the middle function passes a cell it does not use itself.
def l1():
    v = "deep"

    def l2():
        def l3():
            return v

        return l3

    return l2()


print(l1()(), l1().__closure__[0].cell_contents)


# An unbound free variable: the cell is empty until the store.
def late():
    def g():
        return w

    try:
        g()
    except NameError as e:
        print("NameError:", e)
    try:
        print(g.__closure__[0].cell_contents)
    except ValueError as e:
        print("ValueError:", e)
    w = 3
    return g()


print(late())


# Deleting a captured variable empties the cell.
def deleted():
    z = 1

    def g():
        return z

    del z
    try:
        g()
    except NameError as e:
        print("NameError:", e)


deleted()


# Many closures made in a loop each have their own tuple; late binding shares one cell.
fs = []
for i in range(3):
    def mk(i=i):
        return lambda: i

    fs.append(mk())
print([g() for g in fs], len({id(g.__closure__) for g in fs}))
late_bound = [lambda: k for k in range(3)]
print([g() for g in late_bound], late_bound[0].__closure__[0] is late_bound[1].__closure__[0])


# __class__ cell of methods using super().
class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


print(B().who(), B.who.__closure__[0].cell_contents is B)

# The closure is read-only.
try:
    f.__closure__ = ()
except AttributeError as e:
    print("AttributeError:", e)

# Cycles through a closure are collected, counted as CPython counts them.
gc.collect()


def make_cycle():
    def rec():
        return rec

    return rec


r = make_cycle()
print(r() is r)
del r
print(gc.collect())


def make_cycle2():
    items = []

    def add(x):
        items.append(x)
        return add

    items.append(add)
    return add


a = make_cycle2()
a(1)
del a
print(gc.collect())

# Closures over many variables, called from native code.
def many():
    p, q, r, s, t = 1, 2, 3, 4, 5
    return lambda x: x + p + q + r + s + t


m = many()
print(list(map(m, range(3))), sorted([3, 1, 2], key=many()), len(m.__closure__))
