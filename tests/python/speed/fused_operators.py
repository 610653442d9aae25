"""Fused operator triples (a local and a constant or two locals, then a binary operator,
an in-place operator or a comparison): int overflow into big ints, int/float mixes, NaN,
bools, subclasses of int and float with their own dunders, strs, unbound locals in either
operand, errors with their traceback lines, and comparisons before and without a jump."""

import traceback


def show(f, *args):
    try:
        print(f.__name__, "->", f(*args))
    except Exception as e:
        tb = traceback.format_exc().splitlines()
        print(f.__name__, "!", type(e).__name__, e)
        print("\n".join(tb[-4:]))


def const_ops(x):
    return [x + 1, x - 1, x * 3, x // 2, x % 7, x & 5, x | 2, x ^ 3, x >> 1, x << 2, x / 4, x ** 2]


def local_ops(x, y):
    return [x + y, x - y, x * y, x // y, x % y, x / y, x ** y]


def inplace_ops(x):
    x += 1
    x -= 3
    x *= 5
    x //= 2
    x %= 1000
    return x


def overflow(x):
    a = x + 1
    b = x * 2
    c = -x - 2
    d = x
    d += x
    return a, b, c, d


def mixes(i, f):
    return i + f, f + i, i * f, f - i, i / f, i < f, f < i, i == f, f >= i


def nan_compare(x):
    out = []
    n = x
    out.append(n < 1.0)
    out.append(n == n)
    out.append(n != n)
    if n < 2.0:
        out.append("lt")
    if n >= 2.0:
        out.append("ge")
    return out


def compare_jump(n):
    r = []
    for i in range(n):
        if i < 3:
            r.append("a")
        elif i == 4:
            r.append("b")
        if not i > 5:
            r.append("c")
        t = i >= 2
        r.append(t)
    return r


def locals_compare(a, b):
    r = []
    if a < b:
        r.append("lt")
    if a == b:
        r.append("eq")
    r.append(a != b)
    r.append(a <= b)
    while a < b:
        a += 1
    return r, a


class I(int):
    def __add__(self, o):
        return "I.add"

    def __radd__(self, o):
        return "I.radd"

    def __lt__(self, o):
        return "I.lt"

    def __iadd__(self, o):
        return "I.iadd"


class F(float):
    def __mul__(self, o):
        return "F.mul"

    def __gt__(self, o):
        return "F.gt"


def subclasses(i, f):
    j = i
    j += 1
    return i + 1, 1 + i, i < 3, j, f * 2.0, f > 1, i - 1, f + 1.0


class B:
    def __init__(self):
        self.n = 0

    def __add__(self, o):
        return "B.add"

    def __iadd__(self, o):
        self.n += o
        return self

    def __lt__(self, o):
        return True


def user_objects(b):
    c = b
    c += 5
    return b + 1, c is b, b.n, b < 3


def bools(t, f):
    return t + 1, f * 3, t < 2, t == 1, f - t


def strs(s):
    t = s
    t += "x"
    u = s + "y"
    return t, u, s < "b", s == "a", s * 3


def first_unbound(flag):
    if flag:
        a = 1
    return a + 1


def second_unbound(flag):
    a = 1
    if flag:
        b = 2
    return a + b


def unbound_compare(flag):
    a = 1
    if flag:
        b = 2
    if a < b:
        return "lt"


def type_error(x):
    y = 2
    return x - y


def type_error_const(x):
    return x < 2


def div_zero(x):
    return x // 0


def div_zero_float(x):
    y = 0.0
    return x / y


def big_ints(x):
    y = 10**30
    return x + y, y - x, x * y, y // 7, y % 7, x < y, y > 1


def negative_floor(x):
    return x // 3, x % 3, x // -3, x % -3, x >> 70, x << 70


show(const_ops, 17)
show(const_ops, -17)
show(const_ops, 2.5)
show(local_ops, 17, 5)
show(local_ops, -17, 5)
show(local_ops, 7.5, 2)
show(inplace_ops, 10)
show(inplace_ops, 1.5)
show(overflow, 2**63 - 1)
show(overflow, -(2**63))
show(mixes, 3, 2.5)
show(mixes, 2**53 + 1, 2.0**53)
show(nan_compare, float("nan"))
show(nan_compare, 1.5)
show(compare_jump, 8)
show(locals_compare, 1, 4)
show(locals_compare, 2.5, 2.5)
show(locals_compare, "a", "c")
show(subclasses, I(2), F(1.5))
show(user_objects, B())
show(bools, True, False)
show(strs, "a")
show(first_unbound, False)
show(second_unbound, False)
show(unbound_compare, False)
show(type_error, "s")
show(type_error_const, None)
show(div_zero, 5)
show(div_zero_float, 5)
show(big_ints, 3)
show(negative_floor, -10)
