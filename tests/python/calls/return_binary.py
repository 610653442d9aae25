# `return a op b` (Binary then ReturnValue, fused): numbers, big ints, strs, user operators,
# errors with their traceback line, generators and recursion.
import traceback


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def mod(a, b):
    return a % b


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))

    def __radd__(self, o):
        return V(o + self.x)

    def __repr__(self):
        return f"V({self.x})"


print(add(1, 2), add(1.5, 2), add(True, True), add(2**62, 2**62), sub(-(2**63), 1))
print(mul(3, 4.0), mul("ab", 3), mod(-7, 3), mod(7.5, 2), mod("%s!", "x"))
print(add("a", "b"), add([1], [2]), add((1,), (2,)))
print(add(V(1), 2), add(3, V(4)), add(V(1), V(2)))
try:
    add(1, "x")
except TypeError as e:
    print("TypeError", e)
    print([l.strip() for l in traceback.format_exc().splitlines()[-3:]])
try:
    mod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(15), [fib(i) for i in range(10)])


def gen(a, b):
    yield a
    return a + b


g = gen(1, 2)
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
f = lambda a, b: a * 100 + b
print(f(1, 2), list(map(lambda x: x * x - 1, range(4))))
