"""The eval loop's eighth round: `and`/`or` jumps threaded to the test after them (`__bool__`
asked once), chained comparisons that reload a local or literal middle operand, `a, b = x, y`
without a tuple, `while True` without a test, `not x` deciding a jump, and the fused
`UnpackSequence(2)` + two stores, `cell[local]`, `constant op local`, `x = a op b`,
`a[c] op= x` instructions: their results, the order and number of dunder calls, and every
error with its traceback."""

import traceback


def show(f, *args, lines=4):
    try:
        print(f.__name__, "->", f(*args))
    except Exception as e:
        tb = traceback.format_exc().splitlines()
        print(f.__name__, "!", type(e).__name__, e)
        print("\n".join(tb[-lines:]))


class B:
    """A value whose truth is logged."""

    def __init__(self, name, v):
        self.name, self.v = name, v

    def __bool__(self):
        print("  bool", self.name)
        if self.v is None:
            raise ValueError("no truth for " + self.name)
        return self.v

    def __repr__(self):
        return "B(%s)" % self.name


def bool_ops():
    out = []
    if B("a", False) and B("b", True):
        out.append(1)
    if B("c", True) or B("d", False):
        out.append(2)
    if not (B("e", True) and B("f", False)):
        out.append(3)
    if (B("g", False) and B("h", True)) or B("i", True):
        out.append(4)
    if (B("j", True) or B("k", True)) and B("l", False):
        out.append(5)
    n = 0
    while B("m", n < 2) and B("n", True):
        n += 1
    x = B("o", False) and 3
    y = B("p", True) or 4
    z = B("q", False) or B("r", False) or 0
    out.append((x, y, z))
    return out


def bool_raises():
    if B("s", True) and B("t", None):
        return "no"
    return "yes"


def not_jumps(vals):
    out = []
    for v in vals:
        if not v:
            out.append("f")
        else:
            out.append("t")
        while not v:
            out.append("w")
            break
    return out


def not_raises():
    if not B("u", None):
        return 1
    return 2


class Cmp:
    """Comparisons are logged and decided by the value."""

    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("  lt", self.v, getattr(o, "v", o))
        return self.v < getattr(o, "v", o)

    def __le__(self, o):
        print("  le", self.v, getattr(o, "v", o))
        return self.v <= getattr(o, "v", o)

    def __gt__(self, o):
        print("  gt", self.v, getattr(o, "v", o))
        return self.v > getattr(o, "v", o)

    def __ge__(self, o):
        print("  ge", self.v, getattr(o, "v", o))
        return self.v >= getattr(o, "v", o)


G = Cmp(5)


def chains():
    out = []
    for r in (-1, 0, 2, 4, 5):
        out.append(0 <= r < 5)
        out.append(0 <= r < 5 and 0 <= r - 1 < 5)
        out.append(1 < r <= 4 != r)
        out.append(-1 < r < 3 < 4)
        if 0 <= r < 5:
            out.append("in")
    a, b, c = Cmp(1), Cmp(2), Cmp(3)
    out.append(a < b < c)
    out.append(a < c < b)
    out.append(c > b > a >= 1)
    out.append(a < b < G)
    out.append(1 <= b.v <= 2)
    out.append(0 < 2 < 1)
    out.append("a" < "b" < "c")
    out.append(None is None is not 1)
    lst = [1, 2]
    out.append(1 in lst in [lst])
    return out


def chain_type_error():
    x = "s"
    return 0 <= x < 5


def chain_type_error_right():
    x = 3
    return 0 <= x < "5"


def chain_unbound(flag):
    if flag:
        m = 1
    return 0 < m < 2


def const_left():
    out = []
    for x in (0, 1, 2.5, -3, True, "q"):
        try:
            out.append((0 < x, 1 >= x, 2 == x, 2 != x))
        except TypeError as e:
            out.append(str(e))
    c = Cmp(4)
    out.append(3 < c)
    out.append(3 >= c)
    return out


def const_left_unbound(flag):
    if flag:
        x = 1
    return 0 < x


def swaps():
    a, b = 1, "two"
    a, b = b, a
    c = 3
    a, b, c = c, a, b
    x = [10, 20, 30]
    x[0], x[2] = x[2], x[0]
    [p, q] = a, b
    (m, n), o = (p, q), c
    i, i = 1, 2
    return a, b, c, x, p, q, m, n, o, i


class Logged:
    def __setitem__(self, k, v):
        print("  set", k, v)

    def __setattr__(self, k, v):
        print("  attr", k, v)


def swap_order():
    t = Logged()

    def val(s):
        print("  val", s)
        return s

    t[val("k1")], t.y, t[val("k2")] = val(1), val(2), val(3)
    t.a, t.b = val("A"), val("B")


def swap_mismatch():
    a, b = 1, 2, 3
    return a, b


def swap_star():
    a, *b = 1, 2, 3
    *c, d = 4, 5
    return a, b, c, d


def loops():
    out = []
    n = 0
    while True:
        n += 1
        if n > 3:
            break
    out.append(n)
    while 1:
        n -= 1
        if n == 0:
            break
    else:
        out.append("never")
    while 0:
        out.append("never")
    else:
        out.append("else")
    i = 0
    while True:
        i += 1
        if i % 2:
            continue
        if i > 6:
            break
        out.append(i)
    return out


class Pair(tuple):
    def __iter__(self):
        print("  Pair.__iter__")
        return iter(("x", "y"))


def unpack_pairs():
    out = []
    for k, v in [(1, 2), [3, 4], "ab", Pair((5, 6)), *{7: 8}.items(), iter((9, 10))]:
        out.append((k, v))
    code = [(0, "a"), (1, "b")]
    for pc in range(2):
        op, arg = code[pc]
        out.append((op, arg))
    k, k = [1, 2]
    out.append(k)
    g = (c for c in "mn")
    u, w = g
    out.append((u, w))
    return out


def unpack_wrong(v):
    a, b = v
    return a, b


def closure_subscripts():
    values = {"A1": "123", "A2": "9"}
    nums = [5, 6, 7]
    d = "2"

    def f(keys):
        return [q for q in keys if d in values[q]]

    def g(i):
        return nums[i]

    def h(k):
        return values[k]

    out = [f(["A1", "A2"]), g(0), g(-1)]
    values = {"A1": "2"}
    out.append(f(["A1"]))
    nums = (8, 9)
    out.append(g(1))
    for bad in (5, "x"):
        try:
            out.append(g(bad))
        except (IndexError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    try:
        h("zz")
    except KeyError as e:
        out.append("KeyError " + repr(e))

    class D(dict):
        def __missing__(self, k):
            return "missing " + k

        def __getitem__(self, k):
            print("  D.__getitem__", k)
            return dict.__getitem__(self, k)

    values = D(A1="1")
    out.append(h("A1"))
    out.append(h("B9"))
    return out


def closure_missing_key():
    table = {}

    def get(k):
        return table[k]

    return get("nope")


def closure_unbound_free():
    def inner(i):
        return later[i]

    try:
        inner(0)
    except NameError as e:
        print("  NameError:", e)
    later = [1]
    return inner(0)


def closure_unbound_cell():
    def use():
        return cells

    print("  ", [type(use).__name__])
    i = 0
    return cells[i]
    cells = [1]


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("  add", self.v, o)
        return Num(self.v + o)

    def __iadd__(self, o):
        print("  iadd", self.v, o)
        self.v += o
        return self

    def __sub__(self, o):
        raise ArithmeticError("no sub")

    def __repr__(self):
        return "Num(%r)" % self.v


def store_results():
    a, b = 3, 4.5
    x = a + b
    y = a * a
    y -= b
    z = a // 2
    z **= 3
    s = "ab"
    t = "cd"
    u = s + t
    s = s + t
    s += t
    for i in range(3):
        s = s + str(i)
        s += "-"
    n = Num(1)
    m = n + 2
    n += 5
    big = 2 ** 62
    big = big + big
    w = big
    w *= 4
    return x, y, z, u, s, m, n, big, w


def store_error():
    n = Num(1)
    r = n - 1
    return r


def store_overflow_error():
    r = 1.5e308 * 10
    r = 10 ** 400 * 1.0
    return r


class LogList(list):
    def __setitem__(self, i, v):
        print("  LogList set", i, v)
        list.__setitem__(self, i, v)


def subscr_augassign():
    v = [1.5, 2, -3]
    d = {0: 10, "k": 2.5}
    dx, m = 0.5, 4
    v[0] -= dx * m
    v[1] += dx * m
    v[2] *= m
    d[0] //= m
    d["k"] **= 2
    l = LogList([1, 2])
    l[0] += m
    l[1] -= dx
    s = ["a", "b"]
    s[0] += "x"
    s[1] *= 3
    nums = [Num(1)]
    nums[0] += 2
    t = {1: [0]}
    t[1] += [1]
    return v, d, l, s, nums, t


def subscr_augassign_tuple():
    t = (1, 2)
    t[0] += 1
    return t


def subscr_augassign_index():
    v = [1, 2]
    v[2] -= 1
    return v


def subscr_augassign_key():
    d = {}
    d["missing"] += 1
    return d


def subscr_augassign_unbound(flag):
    if flag:
        v = [0]
    v[0] += 1
    return v


def subscr_augassign_type():
    v = [1, "s"]
    v[1] -= 1
    return v


class Body:
    def __init__(self, p):
        self.pos = p


def attr_after_store():
    b1, b2 = Body([1, 2]), Body([3, 4])
    out = []
    for _ in range(2):
        p1 = b1.pos
        p2 = b2.pos
        k = p1[0] + p2[1]
        out.append(k)
        q = b1.pos.copy
        out.append(q())
    return out


print(store_results())
show(store_error)
show(store_overflow_error)
print(subscr_augassign())
show(subscr_augassign_tuple)
show(subscr_augassign_index)
show(subscr_augassign_key)
show(subscr_augassign_unbound, False)
show(subscr_augassign_type)
print(attr_after_store())
print(bool_ops())
show(bool_raises, lines=3)
print(not_jumps([0, 1, "", "x", None, [], [0], 0.0, B("v", False)]))
show(not_raises, lines=3)
print(chains())
show(chain_type_error)
show(chain_type_error_right)
show(chain_unbound, True)
show(chain_unbound, False)
print(const_left())
show(const_left_unbound, False)
print(swaps())
swap_order()
show(swap_mismatch)
print(swap_star())
print(loops())
print(unpack_pairs())
for v in ((1,), [1, 2, 3], 5, "abc", None):
    show(unpack_wrong, v)
print(closure_subscripts())
show(closure_missing_key)
show(closure_unbound_free)
show(closure_unbound_cell)
