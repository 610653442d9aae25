"""`a + b` on lists where the left list is a temporary (a slice, a call's result, a display):
the result holds both lists' items and nothing that still refers to either operand changes;
subclasses keep their own `__add__`/`__radd__`; errors as CPython's."""


def make(n):
    return list(range(n))


def rotate(xs, k):
    return xs[k:] + xs[:k]


def main():
    data = make(10)
    r = rotate(data, 3)
    print(r, data)
    for _ in range(5):
        r = r[2:] + r[:2]
    print(r)

    # Names, containers and walrus targets still refer to their lists.
    x = [1, 2]
    y = x + [3]
    print(x, y, x is y)
    box = [[7, 8]]
    z = box[0] + [9]
    print(box, z)
    print((w := [4, 5]) + [6], w)
    print(x + x, x)
    t = make(3)
    u = t[:] + t
    print(t, u)

    # The result is a list of its own.
    a = make(2) + [10]
    b = a
    a += [11]
    print(a, b, a is b)
    c = make(2) + make(2)
    c.append(99)
    print(c)

    # Items are shared, not copied.
    inner = [0]
    d = [inner][:] + [inner]
    d[0].append(1)
    print(d, inner, d[0] is d[1])

    # Subclasses on either side.
    class L(list):
        def __add__(self, other):
            return "L.__add__"

        def __radd__(self, other):
            return "L.__radd__"

    print(make(2) + L([1]), L([1]) + make(2))

    class M(list):
        pass

    m = make(2) + M([5])
    print(m, type(m).__name__)
    m2 = M([1]) + make(2)
    print(m2, type(m2).__name__)

    # Errors.
    for right in [(1,), "ab", None, 3]:
        try:
            print(make(2) + right)
        except TypeError as e:
            print("TypeError:", e)

    # Self-referencing and nested temporaries.
    s = [1]
    s.append(s)
    print(len(s[:] + s), (s[:] + s)[2] is s)
    print(sum([[i] for i in range(5)], []))
    print(([1] + [2]) + ([3] + [4]) + [5])
    acc = []
    for i in range(4):
        acc = acc[:] + [i]
    print(acc)


main()
