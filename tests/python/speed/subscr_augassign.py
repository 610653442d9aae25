"""`a[i] op= x` (`Dup2`+`BinarySubscr` and `Rot3`+`StoreSubscr` fused) on lists, dicts,
user classes with `__getitem__`/`__setitem__`, missing keys, out-of-range indexes, slices and
errors with their traceback lines; and jumps that lead to jumps (the end of `elif` chains)."""

import traceback


def show(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except Exception as e:
        tb = traceback.format_exc().splitlines()
        print(f.__name__, "!", type(e).__name__, e)
        print("\n".join(tb[-4:]))


def lists(v):
    v[0] -= 1.5
    v[1] += 2
    v[-1] *= 3
    v[1:3] += [9]
    return v


def dicts(d):
    d["a"] += 1
    d[2] //= 2
    d["s"] += "t"
    return d


class Log:
    def __init__(self):
        self.data = {}
        self.log = []

    def __getitem__(self, k):
        self.log.append(("get", k))
        return self.data.get(k, 0)

    def __setitem__(self, k, v):
        self.log.append(("set", k, v))
        self.data[k] = v


def user(o):
    o["x"] += 5
    o[1, 2] -= 1
    return o.data, o.log


def missing(d):
    d["nope"] += 1


def out_of_range(v):
    v[10] += 1


def bad_operand(v):
    v[0] += "s"


def chain(ops):
    out = []
    i = 0
    while i < len(ops):
        op = ops[i]
        if op == 1:
            out.append("a")
        elif op == 2:
            out.append("b")
        elif op == 3:
            out.append("c")
        else:
            out.append("?")
        i += 1
    for x in ops:
        if x > 2:
            if x > 3:
                out.append("big")
            else:
                out.append("three")
        else:
            continue
    return out


def spin(n):
    while True:
        n -= 1
        if n < 0:
            break
    return n


show(lists, [1, 2, 3, 4])
show(dicts, {"a": 1, 2: 9, "s": "x"})
show(user, Log())
show(missing, {})
show(out_of_range, [1])
show(bad_operand, [1])
show(chain, [1, 2, 3, 4, 2])
show(spin, 5)
