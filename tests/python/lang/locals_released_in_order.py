# A returning frame releases its locals first to last (CPython clears them in order), so
# finalizers run in that order; in a generator too. (A frame left by an exception is not
# here: CPython's traceback keeps it, and its locals, until the handler ends, while isles'
# traceback holds no frames.)
class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def three():
    a = D("a")
    b = D("b")
    c = D("c")
    return 1


def one():
    x = D("only")
    return 2


def with_temporaries(k):
    first = D("first")
    second = D("second")
    for i in range(k):
        pass
    return [first.n, second.n]


def gen():
    p = D("p")
    q = D("q")
    yield 1


def method_locals():
    class C:
        def m(self):
            m1 = D("m1")
            m2 = D("m2")
            return "m"

    return C().m()


print(three())
print(one())
print(with_temporaries(3))
it = gen()
print(next(it))
del it
print(method_locals())
print("end")
