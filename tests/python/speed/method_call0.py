# `local.method()` with no arguments (LoadFast, LoadMethod, CallMethod(0) fused): Python
# methods, builtin methods, shadowing, hooks, errors and their tracebacks.
import traceback


class Counter:
    def __init__(self):
        self.n = 0

    def step(self):
        self.n += 1
        return self.n

    def gen(self):
        yield self.n
        yield self.n + 1

    def defaults(self, k=10):
        return self.n + k

    def star(self, *args):
        return len(args)

    def boom(self):
        raise ValueError("boom %d" % self.n)

    @staticmethod
    def stat():
        return "static"

    @classmethod
    def cls(klass):
        return klass.__name__

    @property
    def prop(self):
        return lambda: "from property"


def run(c):
    total = 0
    for _ in range(5):
        total += c.step()
    print("step", total, c.n)
    print("gen", list(c.gen()))
    print("defaults", c.defaults())
    print("star", c.star())
    print("stat", c.stat(), "cls", c.cls(), "prop", c.prop())


run(Counter())


class Sub(Counter):
    def step(self):
        return super().step() * 100


run(Sub())


def builtins_zero():
    l = [3, 1, 2]
    d = {"a": 1}
    s = "MiXed"
    b = b"abc"
    print(l.pop(), l.copy(), d.copy(), d.keys(), s.upper(), s.lower(), b.upper())
    st = {1}
    print(st.pop(), st)
    l.clear()
    print(l)


builtins_zero()


def shadowed():
    c = Counter()
    c.step = lambda: "instance attribute"
    print(c.step())
    del c.step
    print(c.step())


shadowed()


def pop_empty():
    l = []
    return l.pop()


def int_attribute():
    c = Counter()
    c.step = 5
    return c.step()


def builtin_attribute():
    c = Counter()
    c.f = len
    return c.f()


for f in (pop_empty, int_attribute, builtin_attribute):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


def class_changes():
    c = Counter()
    out = []
    for i in range(6):
        if i == 3:
            Counter.step = lambda self: "patched"
        out.append(c.step())
    print(out)


class_changes()


class Hooked:
    def __getattr__(self, name):
        print("getattr", name)
        return lambda: name.upper()


class Logged:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)

    def m(self):
        return "m"


def hooks():
    h = Hooked()
    print(h.anything())
    lg = Logged()
    print(lg.m())


hooks()


def missing():
    c = Counter()
    return c.nope()


def raising():
    c = Counter()
    return c.boom()


def unbound():
    if False:
        c = Counter()
    return c.step()


for f in (missing, raising, unbound):
    try:
        f()
    except Exception:
        traceback.print_exc()


class Deep:
    def down(self):
        return self.down()


def deep():
    d = Deep()
    try:
        d.down()
    except RecursionError as e:
        print("RecursionError", e)


deep()


class Slotted:
    __slots__ = ("x",)

    def get(self):
        return "slotted"


def modules_and_types():
    import math
    m = math
    print(m.pi > 3, m.floor(2.5))
    t = "two words"
    print(t.title(), t.split())
    s = Slotted()
    print(s.get())
    k = Counter
    try:
        k.step()
    except TypeError as e:
        print("TypeError", e)


modules_and_types()


def uncaught():
    c = Counter()
    c.n = 7
    c.boom()


uncaught()
