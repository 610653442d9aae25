# The value sent into a generator paused at a `yield` statement is dropped as it resumes
# (before the generator goes on), and the `yield` expression's value is kept otherwise.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def stmt():
    for i in range(3):
        yield i
        print("after yield", i)


g = stmt()
print(next(g))
print(g.send(Noisy("a")))
print(g.send(Noisy("b")))
try:
    g.send(Noisy("c"))
except StopIteration:
    print("stop")


def expr():
    got = yield 1
    print("got", got.name)
    got = yield 2
    print("got", got.name)
    del got
    print("deleted")
    yield 3


g = expr()
print(next(g))
print(g.send(Noisy("d")))
print(g.send(Noisy("e")))


def bare():
    while True:
        yield
        print("step")


g = bare()
next(g)
g.send(Noisy("f"))
g.send(None)
print([x for x, _ in zip(bare(), range(3))])


def loop_yield(n):
    for i in range(n):
        yield i * 2
        yield


print(list(loop_yield(3)), sum(x for x in loop_yield(4) if x))
total = 0
for v in loop_yield(5):
    if v is not None:
        total += v
print(total)
