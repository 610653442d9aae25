# A generator dropped while suspended inside try/finally or with is closed: its finally
# blocks and __exit__ run when the last reference goes (CPython's generator finalizer).
class Res:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)


def reader(name):
    with Res(name):
        for i in range(10):
            yield i


def guarded():
    try:
        yield "a"
        yield "b"
    finally:
        print("guarded finally")


def no_try():
    yield 1
    yield 2


g = reader("r1")
print(next(g), next(g))
del g
print("after del r1")

print(next(reader("r2")))
print("after temporary")

for x in reader("r3"):
    if x == 2:
        break
print("after break")

g = guarded()
next(g)
g = None
print("after rebinding")

print(list(zip(range(2), guarded())))
print(any(x == "a" for x in guarded()))
print("after zip and any")


def outer():
    yield from guarded()


o = outer()
next(o)
del o
print("after delegating generator")


def stubborn():
    try:
        yield 1
    finally:
        print("stubborn finally")
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

n = no_try()
next(n)
del n
print("end")
