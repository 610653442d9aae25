"""The eval loop's tenth round: `obj.n op= x` on a local `obj` loads the local again for the
store (no `Dup`, `Rot2`), and the fused `LoadFast` + `StoreAttr`, `LoadFast` + `Binary` /
`Inplace` and `LoadFast` + `Compare` instructions: their results, the order of dunder and
descriptor calls, `__iadd__` overrides, `:=` rebinding the local in the value, and every
error with its traceback (line and caret)."""

import traceback


def show(f, *args, lines=4):
    try:
        print(f.__name__, "->", f(*args))
    except Exception as e:
        tb = traceback.format_exc().splitlines()
        print(f.__name__, "!", type(e).__name__, e)
        print("\n".join(tb[-lines:]))


class P:
    def __init__(self):
        self.n = 0
        self.s = "a"
        self.l = [1]
        self.f = 1.5


def counters():
    p = P()
    for i in range(5):
        p.n += 1
        p.n -= i
        p.n *= 2
        p.f += i
        p.s += "b"
        p.l += [i]
    return p.n, p.f, p.s, p.l


class Logged:
    """Logs reads and writes of its attributes."""

    def __init__(self):
        object.__setattr__(self, "v", 10)

    def __getattribute__(self, name):
        print("  get", name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        print("  set", name, value)
        object.__setattr__(self, name, value)


def logged():
    o = Logged()
    o.v += 5
    o.v = o.v * 2
    return o.v


class Desc:
    def __get__(self, obj, owner):
        print("  desc get")
        return obj.__dict__.get("_d", 100)

    def __set__(self, obj, value):
        print("  desc set", value)
        obj.__dict__["_d"] = value


class WithDesc:
    d = Desc()

    @property
    def ro(self):
        return 7


def descriptors():
    w = WithDesc()
    w.d += 1
    w.d -= 3
    w.d = 5
    return w.d


def read_only_property():
    w = WithDesc()
    w.ro += 1
    return w.ro


class IAdd:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        print("  iadd", self.v, o)
        self.v += o
        return "replaced"

    def __add__(self, o):
        return "add"


class Holder:
    pass


def iadd_override():
    h = Holder()
    h.x = IAdd(1)
    h.x += 2
    return h.x


def walrus_rebinds():
    h = Holder()
    h.v = 1
    g = Holder()
    g.v = 10
    orig = h
    h.v += (h := g).v
    return h is g, orig.v, h.v, g.v


def missing_attr():
    h = Holder()
    h.nope += 1


def type_error_in_op():
    h = Holder()
    h.v = "s"
    h.v += 1


def value_raises():
    h = Holder()
    h.v = 1
    h.v += 1 // 0


def unbound_target():
    if False:
        h = Holder()
    h.v += 1


def slots_object():
    class S:
        __slots__ = ("a",)

    s = S()
    s.a = 1
    s.a += 2
    s.b = 3


def none_target():
    x = None
    x.y = 1


def store_unbound():
    if False:
        z = 1
    z.y = 2


class Frozen:
    def __setattr__(self, n, v):
        raise AttributeError("frozen " + n)


def frozen():
    f = Frozen()
    f.q = 1


def builtin_target():
    n = 5
    n.foo = 1


def local_operand(a, b, k):
    return (a + b * k, a - k, a * k, a / k, a // k, a % k, a ** k, a << k, a & k, a | k,
            a ^ k, (a + b) * k, (a + b) - k)


def local_operand_objects(a, b, k):
    return a + b * k


class Num:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        print("  mul", self.v, o)
        return Num(self.v * o)

    def __rmul__(self, o):
        print("  rmul", o, self.v)
        return Num(o * self.v)

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __lt__(self, o):
        print("  lt", self.v, o)
        return self.v < o

    def __repr__(self):
        return "Num(%r)" % self.v


def local_compare(xs, k):
    out = []
    for x in xs:
        if x + 0 < k:
            out.append("lt")
        if x * 1 >= k:
            out.append("ge")
        out.append((x + 1) == k)
        out.append(0 <= x + 0 < k)
        out.append(x + 0 < k and x + 0 != k)
    return out


def compare_unbound(flag):
    one = 1
    if flag:
        k = 1
    return (one + 1) < k


def binary_unbound(flag):
    one = 1
    if flag:
        k = 1
    return (one + 1) * k


def binary_type_error(k):
    one = 1
    return (one + 1) - k


def compare_type_error(k):
    one = 1
    return (one + 1) < k


def str_local(s, t):
    u = s + "x"
    u += t
    r = (u + "y") + t
    return u, r, (s + "") < t, (s + "") == t


def big(a, k):
    return (a * a) * k, (a + 0) < k, (a * 1) - k


def store_after_store():
    h = Holder()
    x = 3
    h.a = x
    y = h.a
    h.b = y
    return h.a, h.b


show(counters)
show(logged)
show(descriptors)
show(read_only_property)
show(iadd_override)
show(walrus_rebinds)
show(missing_attr)
show(type_error_in_op)
show(value_raises)
show(unbound_target)
show(slots_object)
show(none_target)
show(store_unbound)
show(frozen)
show(builtin_target)
show(local_operand, 7, 3, 2)
show(local_operand, 7.5, 3.25, 2.0)
show(local_operand, True, False, 3)
show(local_operand, 2 ** 70, 3, 5)
show(local_operand, 7, 3, 0)
show(local_operand_objects, Num(2), Num(3), 4)
show(local_operand_objects, 1, 2, Num(5))
show(local_operand_objects, "a", "b", 3)
show(local_operand_objects, [1], [2], 2)
show(local_operand_objects, 1, "b", 3)
show(local_compare, [1, 2, 3, 2.5, True], 2)
show(local_compare, [Num(1), Num(3)], 2)
show(local_compare, [1, 2], Num(2))
show(compare_unbound, False)
show(compare_unbound, True)
show(binary_unbound, False)
show(binary_type_error, "s")
show(compare_type_error, "s")
show(compare_type_error, None)
show(str_local, "ab", "cd")
show(big, 2 ** 40, 2 ** 90)
show(store_after_store)


# `x is None` of a local or of the top of the stack, with and without a jump after it.
def is_none(xs):
    out = []
    for x in xs:
        if x is None:
            out.append("none")
        if x is not None:
            out.append("some")
        out.append(x is None)
        out.append(x is not None)
        out.append(x is None or x is True)
        out.append(x is not None and x)
        h = Holder()
        h.v = x
        if h.v is None:
            out.append("attr none")
        out.append(h.v is not None)
        while x is not None:
            x = None
    return out


def is_unbound(flag):
    if flag:
        x = 1
    return x is None


class Truthy:
    def __bool__(self):
        print("  bool")
        return True


def is_with_bool():
    t = Truthy()
    return (t is not None and t) is t


# `a, b = x, y` into two or three locals: the order of the stores (last first for distinct
# locals on one line, as CPython's static swaps), the same name twice, errors in the values.
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("  del", self.n)


def swaps():
    a, b = 1, 2
    a, b = b, a
    c, c = 3, 4
    x, y = Noisy("x1"), Noisy("y1")
    x, y = Noisy("x2"), Noisy("y2")
    print("  stored", x.n, y.n)
    x, y, z = Noisy("x3"), Noisy("y3"), Noisy("z3")
    x, y, z = Noisy("x4"), Noisy("y4"), Noisy("z4")
    print("  stored", x.n, y.n, z.n)
    x, y, x = Noisy("x5"), Noisy("y5"), Noisy("x6")
    print("  stored", x.n, y.n)
    (x,
     y) = Noisy("x7"), Noisy("y7")
    print("  stored", x.n, y.n)
    h = Holder()
    h.a, y = Noisy("ha"), Noisy("y8")
    del x, y, z, h
    return a, b, c


def swap_raises(k):
    a, b = 1, 2
    a, b = b, a // k
    return a, b


def swap_unbound(flag):
    if flag:
        b = 1
    a, b = b, 2
    return a, b


# `d in c[k]` of two closure variables and a local in a comprehension's filter.
def deref_contains(values, keys, d):
    def inner():
        return [q for q in keys if d in values[q]], [q for q in keys if d not in values[q]]
    return inner()


def deref_contains_unbound(values, keys):
    def inner():
        return [q for q in keys if d in values[q]]
    r = inner
    try:
        return r()
    finally:
        d = 1


class LogDict(dict):
    def __getitem__(self, k):
        print("  getitem", k)
        return dict.__getitem__(self, k)


class LogStr(str):
    def __contains__(self, x):
        print("  contains", x)
        return str.__contains__(self, x)


show(is_none, [None, 1, 0, True, False, "", Holder.__name__])
show(is_unbound, False)
show(is_unbound, True)
show(is_with_bool)
show(swaps)
show(swap_raises, 1)
show(swap_raises, 0)
show(swap_unbound, False)
show(deref_contains, {"a": "123", "b": "23", "c": "3"}, ["a", "b", "c"], "2")
show(deref_contains, {"a": [1, 2], "b": (2, 3), "c": {2: 0}}, ["a", "b", "c"], 2)
show(deref_contains, {"a": "123"}, ["a", "z"], "2")
show(deref_contains, {"a": "123"}, ["a"], 2)
show(deref_contains, {"a": 5}, ["a"], 2)
show(deref_contains, ["12", "3"], [0, 1, -1, 5], "1")
show(deref_contains, LogDict(a="12", b="3"), ["a", "b"], "1")
show(deref_contains, {"a": LogStr("12"), "b": "3"}, ["a", "b"], "1")
show(deref_contains, {"a": [Holder()]}, ["a"], 1.0)
show(deref_contains_unbound, {"a": "1"}, ["a"])


# `obj.n op= constant` and `obj.n = obj.n op constant` in one instruction: cached instance
# attributes, properties, `__getattr__`, slots, overflow into big ints, class attributes.
class Prop:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        print("  prop get")
        return self._v

    @v.setter
    def v(self, x):
        print("  prop set", x)
        self._v = x


class Fallback:
    def __getattr__(self, name):
        print("  getattr", name)
        return 40


class Counter:
    total = 100

    def __init__(self):
        self.n = 0
        self.f = 0.5
        self.big = 2 ** 62

    def bump(self):
        self.n += 1
        self.n = self.n + 2
        self.n -= 1
        self.n *= 3
        self.n //= 2
        self.n %= 1000
        self.f += 1
        self.f /= 2
        self.big += 2 ** 62
        self.big = self.big * 2
        self.total += 1
        return self.n, self.f, self.big, self.total, Counter.total


def attr_const():
    c = Counter()
    out = [c.bump() for _ in range(3)]
    p = Prop()
    p.v += 1
    p.v = p.v * 10
    f = Fallback()
    f.x += 2
    f.x = f.x + 1
    out.append((p._v, f.x, vars(f)))
    return out


def attr_const_errors(k):
    c = Counter()
    if k == 0:
        c.n /= 0
    elif k == 1:
        c.missing -= 1
    elif k == 2:
        c.n = None
        c.n += 1
    elif k == 3:
        c.n = "s"
        c.n = c.n + 1


show(attr_const)
for k in range(4):
    show(attr_const_errors, k)


# `x = a op b` of a local and a constant or two locals stored into a local.
def store_results(a, b):
    i = a + 1
    j = i * b
    k = a - b
    i += 1
    j //= 2
    s = str(a)
    s = s + "!"
    s += "?"
    return i, j, k, s


def store_errors(a, b):
    x = a
    x = a // b
    return x


show(store_results, 3, 4)
show(store_results, 2 ** 63 - 1, 2 ** 63 - 1)
show(store_results, 1.5, 2.5)
show(store_results, True, False)
show(store_errors, 1, 0)
show(store_errors, "a", 1)
