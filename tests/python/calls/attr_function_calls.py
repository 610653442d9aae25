"""Functions reached through an attribute that is not a method (a module's function, a
function stored on an instance, a staticmethod, a builtin on a module): the call's frame sits
above the unbound-method marker, which must go with the frame on return and on errors."""
import math
import sys
import types

mod = types.ModuleType("m")
exec(
    """
def add(a, b):
    return a + b

def fail(n):
    if n == 0:
        raise ValueError("zero")
    return fail(n - 1)

def gen(n):
    for i in range(n):
        yield i

def where():
    import sys
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, sorted(f.f_locals)
""",
    mod.__dict__,
)


class Holder:
    def __init__(self):
        self.cb = lambda x, y=1: x * 10 + y
        self.fn = mod.add

    @staticmethod
    def st(a, b, c):
        return (a, b, c)

    def run(self):
        return self.cb(1), self.cb(2, 3), self.fn(4, 5), self.st(6, 7, 8), Holder.st(0, 0, 0)


h = Holder()
print(h.run())
print(mod.add(1, 2), list(mod.gen(3)), mod.where())
print(math.floor(2.5), math.gcd(12, 18), sys.getrecursionlimit() > 0)
total = 0
for i in range(1000):
    total = mod.add(total, i)
print(total)


def nested(k):
    try:
        return mod.fail(k)
    except ValueError as e:
        return "caught " + str(e)


print([nested(k) for k in range(4)])


def deep(n):
    return mod.add(deep(n - 1), 1) if n else 0


print(deep(200))
try:
    mod.add(1)
except TypeError as e:
    print("TypeError:", e)
try:
    h.cb()
except TypeError as e:
    print("TypeError:", e)
try:
    h.st(1)
except TypeError as e:
    print("TypeError:", e)


def loop():
    return loop_mod.loop()


loop_mod = types.SimpleNamespace(loop=loop)
try:
    loop()
except RecursionError as e:
    print("RecursionError:", e)
acc = []
for i in range(5):
    acc.append(mod.add(i, mod.add(i, i)))
print(acc, len(acc))
print(mod.fail(3))
