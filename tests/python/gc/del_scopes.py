# __del__ at scope ends: exceptions, with blocks, comprehensions, closures, class bodies
class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("release", self.n)


def raises():
    raise ValueError("x")


try:
    raises()
except ValueError:
    r = R("in handler")
    print("caught")
del r
print("after try")


class CM:
    def __enter__(self):
        return R("from with")

    def __exit__(self, *a):
        return False


with CM() as r:
    print("in with", r.n)
del r
print("after with")

print([R(i).n for i in range(2)])
print("after comprehension")


def make():
    r = R("captured")

    def get():
        return r.n
    return get


f = make()
print(f())
del f
print("closure dropped")


class Holder:
    tmp = R("class attr")


del Holder
import gc
gc.collect()
print("class collected")

d = {}
d["k"] = R("replaced value")
d["k"] = 0
print("value replaced")
lst = [R("slice")]
lst[:] = []
print("slice assigned")
