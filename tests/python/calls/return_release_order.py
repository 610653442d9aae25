# A returning frame: its locals go first to last, then the callable; the result takes the
# callable's place. Deep recursion grows the frame list past its first capacity.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def one(x):
    return 1


def one_local():
    a = D("one_local.a")
    return "r1"


def three_locals():
    a = D("a")
    b = D("b")
    c = D("c")
    return "r3"


def no_locals():
    return "r0"


print(one(D("arg")))
print(one_local())
print(three_locals())
print(no_locals())


class M:
    def m(self, x):
        y = D("m.y")
        return x

    @staticmethod
    def s(x):
        return x


print(M().m(5))
print(M.s(6))
print(M().s(7))

def make():
    def inner(d):
        return "inner"

    return inner


print((lambda d: "lam")(D("lam.arg")))
print([make()(D("listed")) for _ in range(2)])


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print(depth(300))
print(depth(900))


def deep_locals(n, tag):
    a = D(tag) if n % 100 == 0 else None
    if n == 0:
        return "bottom"
    return deep_locals(n - 1, tag + ".") [:6]


print(deep_locals(250, "t"))


def gen_depth(n):
    if n == 0:
        yield "g"
        return
    yield from gen_depth(n - 1)


print(list(gen_depth(150)))
def unpacked(*args, **kw):
    z = D("unpacked.z")
    return len(args) + len(kw)


print(unpacked(1, 2, x=3))
print(unpacked(*[1, 2, 3]))


def default_locals(a, b=D("default")):
    return a


print(default_locals(1))
print(default_locals(2, 3))
print("end")
