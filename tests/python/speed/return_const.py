# `return <constant>` runs as one instruction (ReturnConst): plain functions, methods,
# generators, __init__, try/finally and with blocks, and the implicit `return None`.


def none():
    return None


def implicit(x):
    x += 1


def early(x):
    if x:
        return "yes"
    return 3.5


def in_finally(x):
    try:
        if x:
            return 1
        return 2
    finally:
        print("finally", x)


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"  # noqa: B012


class Ctx:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *a):
        print("exit", a[0])
        return False


def in_with():
    with Ctx():
        return (1, 2)


def gen():
    yield 1
    return "done"


class Bad:
    def __init__(self):
        return 5


class Good:
    def __init__(self):
        self.x = 1
        return None


print(none(), implicit(1), early(1), early(0), in_finally(1), in_finally(0))
print(finally_overrides(), in_with(), (lambda: None)(), (lambda: -1)())
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(gen()), [x for x in gen()], sum(early(i) == "yes" for i in range(5)))
try:
    Bad()
except TypeError as e:
    print("TypeError", e)
print(Good().x, none() is None, early(0) is early(0))
