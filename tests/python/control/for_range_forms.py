"""`for` loops and comprehensions over range(...) calls (run without a range object when
`range` is the builtin): every argument form, negative and huge bounds, bools, a rebound or
shadowed `range`, and the errors with their tracebacks."""
import builtins


def loops():
    out = []
    for i in range(4):
        out.append(i)
    for i in range(2, 7, 2):
        out.append(i)
    for i in range(5, -6, -3):
        out.append(i)
    for i in range(3, 3):
        out.append("never")
    for i in range(True, 3):
        out.append(i)
    for i in range(2**63 - 2, 2**63 + 1):
        out.append(i)
    for i in range(-2**63, -2**63 + 2):
        out.append(i)
    out.append([i * j for i in range(3) for j in range(1, 3)])
    out.append(sum(x for x in range(100)))
    out.append({k: k * k for k in range(-2, 2)})
    out.append(list(zip(range(3), range(10, 0, -4))))
    return out


print(loops())


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print([i for i in range(Idx(2), Idx(5))])


def shadowed():
    range = lambda n: ["local", n]
    return [x for x in range(2)]


print(shadowed())

real_range = builtins.range
builtins.range = lambda *a: ("patched",) + a
print([x for x in range(1, 2)])
builtins.range = real_range


range = lambda n: reversed(real_range(n))
print([x for x in range(3)])
del range

for bad in [(1.5,), (0, 5, 0), ("3",), (), (1, 2, 3, 4)]:
    try:
        for _ in range(*bad):
            pass
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

try:
    for i in range(1, 2, 0):
        pass
except ValueError as e:
    print("ValueError", e)


def gen():
    for i in range(3):
        yield i
    yield from (j for j in range(3, 5))


print(list(gen()))
for i in range(2):
    for j in range(2):
        if j:
            break
    else:
        print("no")
else:
    print("done", i, j)

for x in range(3.0):
    pass
