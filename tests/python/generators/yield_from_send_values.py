# `yield from` a plain generator, which runs in the delegating frame's loop: values sent
# in reach the sub-generator, its return value is the expression's value.
def inner():
    got = yield 1
    print("inner got", got)
    got = yield 2
    print("inner got", got)
    return "ret"

def outer():
    r = yield from inner()
    print("outer r", r)
    yield 3

g = outer()
print(next(g), g.send("a"), g.send("b"))
print(list(outer()))
def fresh():
    yield from (x for x in range(2))
g = fresh(); print(next(g), next(g), next(g, "end"))
def deep(n):
    if n:
        yield from deep(n - 1)
    yield n
print(list(deep(5)), sum(deep(50)))


# Values sent in after the sub-generator started reach it; its return value is the result.
def starts_then_sends():
    r = yield from expr_sub()
    print("returned", r)


def expr_sub():
    a = yield "first"
    b = yield a * 2
    return a + b


g = starts_then_sends()
print(next(g), g.send(20))
try:
    g.send(1)
except StopIteration as e:
    print("stop", e.value)
