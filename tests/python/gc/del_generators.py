# __del__ of objects held by generators: when the generator finishes, is closed, or is dropped
class R:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("release", self.n)


def gen(n):
    r = R(n)
    yield 1
    yield 2


g = gen(1)
print(next(g))
print(list(g))
print("exhausted")

g = gen(2)
next(g)
g.close()
print("closed")

g = gen(3)
next(g)
del g
print("dropped")

g = gen(4)
print("never started")
del g


def pipeline():
    for i in range(3):
        yield R(10 + i)


for item in pipeline():
    print("got", item.n)
print("after loop")
print(sum(x.n for x in pipeline()))
