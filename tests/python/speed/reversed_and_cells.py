"""reversed() over tuples (read directly) and its subclasses and other sequences (through
__getitem__), and closure cells read and written from nested functions."""


class T(tuple):
    def __getitem__(self, i):
        return ("T", super().__getitem__(i))


class L(tuple):
    def __len__(self):
        return 2


print(list(reversed((1, 2, 3))), list(reversed(())), list(reversed((None,))))
print(list(reversed(T((1, 2)))), list(reversed(L((1, 2, 3)))))
r = reversed((1, 2, 3))
print(type(r).__name__, next(r), list(r), list(r))
print(list(reversed("abc")), list(reversed(b"ab")), list(reversed([1, 2])), list(reversed(range(3))))


def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed


print(compose(lambda x: x + 1, lambda x: x * 3)(5))


def make_counter(step):
    count = 0

    def inc():
        nonlocal count
        count += step
        return count

    def peek():
        return count

    def reset():
        nonlocal count
        del count
    return inc, peek, reset


inc, peek, reset = make_counter(3)
print(inc(), inc(), peek())
reset()
try:
    peek()
except NameError as e:
    print("NameError", e)
try:
    inc()
except NameError as e:
    print("NameError", e)


def unbound_cell():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print("NameError", e)
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    v = 1
    return inner()


print(unbound_cell())
print([f() for f in [lambda k=k: k * 2 for k in range(4)]], [f() for f in [lambda: k for k in range(3)]])
