# A value's `__del__` runs when an attribute store drops the last reference to it, before
# the next statement reads what the finalizer changed (every store form: two locals, a
# constant, a computed value, an object on the stack, a slot, setattr()).
class N:
    def __init__(self, p, tag):
        self.p = p
        self.tag = tag

    def __del__(self):
        self.p.z = "set by del of " + self.tag


class P:
    pass


class S:
    __slots__ = ("y", "z")


def two_locals(p):
    p.z = "old"
    p.y = N(p, "a")
    v = 1
    p.y = v
    return p.z


def constant(p):
    p.z = "old"
    p.y = N(p, "b")
    p.y = 2
    return p.z


def computed(p):
    p.z = "old"
    p.y = N(p, "c")
    p.y = [3][0]
    return p.z


def on_stack(ps):
    ps[0].z = "old"
    ps[0].y = N(ps[0], "d")
    ps[0].y = 4
    return ps[0].z


def via_setattr(p):
    p.z = "old"
    setattr(p, "y", N(p, "e"))
    setattr(p, "y", 5)
    return p.z


def deleted(p):
    p.z = "old"
    p.y = N(p, "f")
    del p.y
    return p.z


for _ in range(3):
    print(two_locals(P()), constant(P()), computed(P()))
    print(on_stack([P()]), via_setattr(P()), deleted(P()))
    print(two_locals(S()), constant(S()), computed(S()), on_stack([S()]))


# The finalizer itself stores into the attribute being replaced.
class R:
    def __init__(self, p):
        self.p = p

    def __del__(self):
        self.p.y = "restored"


def replaced(p):
    p.y = R(p)
    p.y = 0
    return p.y


print(replaced(P()), replaced(P()))
