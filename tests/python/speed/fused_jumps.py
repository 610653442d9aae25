"""Comparisons against a global or a constant on the stack, `in` and conditional jumps taken
at once, and the truth of ints and None in `if`/`while`: globals rebound or deleted between
runs, NameError positions, int and float subclasses with their own `__bool__` and
comparisons, `__contains__` returning non-bools or raising."""

import traceback

PUSH, POP, HALT = range(3)
LIMIT = 10


def show(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except Exception as e:
        tb = traceback.format_exc().splitlines()
        print(f.__name__, "!", type(e).__name__, e)
        print("\n".join(tb[-4:]))


def dispatch(ops):
    out = []
    for op in ops:
        if op == PUSH:
            out.append("push")
        elif op == POP:
            out.append("pop")
        elif op != HALT:
            out.append("other")
        else:
            out.append("halt")
        out.append(op < LIMIT)
    return out


def missing_global(x):
    return x == NOT_DEFINED


def const_on_stack(x, y):
    r = [(x + y) * 2 % 7, (x - y) // 3, (x * y) ** 2, -x + 1.5]
    if (x + y) > 3:
        r.append("gt")
    if (x * y) == 6:
        r.append("eq")
    r.append((x + y) < 100)
    return r


def const_on_stack_objects(s):
    return "%s-%d" % (s, 5), (s + "x") * 2, (s + "y") < "z", [1] + [2] + [3]


def contains(items, probes):
    out = []
    for p in probes:
        if p in items:
            out.append(("in", p))
        if p not in items:
            out.append(("not in", p))
        out.append(p in items)
    return out


class Weird:
    def __contains__(self, x):
        if x == "boom":
            raise ValueError("no " + x)
        return x * 2


def weird_contains(w, x):
    r = []
    if x in w:
        r.append("yes")
    if x not in w:
        r.append("no")
    return r, x in w


class Falsy(int):
    def __bool__(self):
        return False


class Big(int):
    def __lt__(self, o):
        return "Big.lt"

    def __eq__(self, o):
        return True

    __hash__ = int.__hash__


def truth(values):
    out = []
    for v in values:
        if v:
            out.append(1)
        else:
            out.append(0)
        if not v:
            out.append("n")
    return out


def countdown(n):
    k = 0
    while n:
        n -= 1
        k += 1
    return k


def subclass_compare(b):
    r = [b < 3, b == 99]
    if b < 3:
        r.append("lt")
    if b == 99:
        r.append("eq")
    return r


show(dispatch, [0, 1, 2, 7, 11])
LIMIT = 5
PUSH = 1
show(dispatch, [0, 1, 2, 7, 11])
PUSH = "p"
show(dispatch, [0, "p", 2.0, 2])
del POP
show(dispatch, [1])
show(missing_global, 1)
show(const_on_stack, 2, 3)
show(const_on_stack, 2.5, 0.5)
show(const_on_stack, 2**62, 2**62)
show(const_on_stack_objects, "a")
show(contains, [1, 2, 3], [0, 2, 2.0, True])
show(contains, {"a": 1}, ["a", "b"])
show(contains, "hello", ["ell", "x", ""])
show(weird_contains, Weird(), 3)
show(weird_contains, Weird(), 0)
show(weird_contains, Weird(), "boom")
show(contains, 5, [1])
show(truth, [0, 1, -1, None, 0.0, 2.5, "", "x", [], [0], Falsy(7), Big(0), 2**70, -(2**70), True, False])
show(countdown, 7)
show(countdown, 0)
show(countdown, Falsy(3))
show(subclass_compare, Big(1))
