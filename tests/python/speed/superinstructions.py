"""Fused instruction pairs (local loads, subscripts, for-loop stores, is-jumps, a local's
method, a store before a jump): results, unbound locals in either half, errors in the second
half and jumps landing between them."""

import traceback


def show(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)[-1]
        print(f.__name__, "!", type(e).__name__, e, "line", tb.lineno - FIRST, repr(tb.line))


FIRST = 0
FIRST = show.__code__.co_firstlineno


def two_locals(a, b):
    return a + b, a * b, [a, b]


def first_unbound(flag):
    if flag:
        a = 1
    b = 2
    return a + b


def second_unbound(flag):
    a = 1
    if flag:
        b = 2
    return a - b


def subscr_locals(xs, i):
    return xs[i] + xs[i - 1]


def subscr_const(xs):
    return xs[0] * xs[-1] + xs[2]


def subscr_errors(kind):
    xs = [1, 2, 3]
    d = {"a": 1}
    s = "abc"
    if kind == 0:
        i = 10
        return xs[i]
    if kind == 1:
        return d["missing"]
    if kind == 2:
        k = "x"
        return xs[k]
    if kind == 3:
        return s[5]
    n = 5
    return n[0]


def subscr_unbound(flag):
    if flag:
        xs = [1, 2]
    i = 0
    return xs[i]


def subscr_key_unbound(flag):
    xs = [1, 2]
    if flag:
        i = 0
    return xs[i]


class Box:
    def __init__(self, v):
        self.v = v

    def __getitem__(self, k):
        return (self.v, k)


def subscr_custom(b, k):
    return b[k], b[0], b["key"]


def attr_of_local(o):
    return o.v, o.v * 2


def attr_missing(o):
    return o.nope


def attr_unbound(flag):
    if flag:
        o = Box(1)
    return o.v


def store_then_load(n):
    total = 0
    for i in range(n):
        x = i * 2
        total = total + x
    return total


def loop_store(xs):
    out = []
    for x in xs:
        out.append(x)
    for i, x in enumerate(xs):
        out.append(i)
    for x in iter(xs):
        pass
    return out, x


def gen_loop():
    def g():
        yield 1
        yield 2
        raise ValueError("from gen")

    seen = []
    for v in g():
        seen.append(v)
    return seen


def jump_between(n):
    # A loop condition that reloads the same locals: the back edge lands on a fused pair.
    a, b, c = 0, 1, 2
    while a < n:
        a = a + b
        b = b + c
    return a, b


def is_jumps(x):
    r = []
    if x is None:
        r.append("none")
    if x is not None:
        r.append("not none")
    y = x is None
    z = not (x is None)
    return r, y, z


def chained(a, b, c):
    return a < b < c, a is b, a is not c


show(two_locals, 3, 4)
show(first_unbound, False)
show(second_unbound, False)
show(subscr_locals, [5, 6, 7], 2)
show(subscr_const, [5, 6, 7])
for k in range(5):
    show(subscr_errors, k)
show(subscr_unbound, False)
show(subscr_key_unbound, False)
show(subscr_custom, Box(9), "k")
show(subscr_locals, {1: 10, 2: 20}, 2)
show(subscr_locals, "hello", 3)
show(subscr_locals, (1, 2, 3), -1)
show(attr_of_local, Box(4))
show(attr_missing, Box(4))
show(attr_unbound, False)
show(store_then_load, 10)
show(loop_store, [1, 2, 3])
show(loop_store, [])
show(gen_loop)
show(jump_between, 50)
show(is_jumps, None)
show(is_jumps, 0)
show(chained, 1, 2, 3)
show(chained, None, None, 1)


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def add(self, x):
        self.v += x
        return self


def methods(n):
    b = Box(n)
    s = "a,b,c"
    lst = [3, 1, 2]
    lst.sort()
    d = {"k": n}
    return b.add(2).get(), s.split(","), lst, d.get("k"), d.get("z", 0)


def unbound_receiver(flag):
    if flag:
        b = Box(1)
    return b.get()


def missing_method():
    b = Box(1)
    return b.nothing()


def instance_callable():
    b = Box(1)
    b.get = lambda: "from instance"
    return b.get()


def method_raises():
    s = "x"
    return s.index("y")


def while_sum(n):
    total = 0
    i = 0
    while i < n:
        total = total + i
        i = i + 1
    return total


def loop_continue(n):
    out = []
    for i in range(n):
        if i % 3 == 0:
            continue
        x = i * 2
        out.append(x)
    return out


def loop_break(n):
    last = None
    while True:
        n = n - 1
        if n < 0:
            break
        last = n
    return last


def nested_loops(n):
    acc = []
    for i in range(n):
        j = 0
        while j < i:
            k = i * j
            j = j + 1
        acc.append(j)
    return acc


def loop_else(n):
    for i in range(n):
        x = i
    else:
        x = -1
    return x


show(methods, 5)
show(unbound_receiver, True)
show(unbound_receiver, False)
show(missing_method)
show(instance_callable)
show(method_raises)
show(while_sum, 100)
show(loop_continue, 10)
show(loop_break, 5)
show(nested_loops, 5)
show(loop_else, 3)
show(loop_else, 0)


def yield_local(flag):
    if flag:
        x = 1
    yield x
    y = x + 1
    yield y


def consume_yields(flag):
    return list(yield_local(flag)), sum(v for v in range(5)), max(w for w in "abc")


show(consume_yields, True)
show(consume_yields, False)
