# An iterator keeps its type name once exhausted and while it runs Python code.
import operator

for make in [lambda: iter([1]), lambda: iter((1,)), lambda: iter(range(3)),
             lambda: iter({1: 2}), lambda: iter({1: 2}.values()), lambda: iter({1: 2}.items()),
             lambda: reversed([1]), lambda: reversed((1,)), lambda: iter("ab"), lambda: iter("é"),
             lambda: iter({1}), lambda: iter(b"a"), lambda: reversed(range(0)),
             lambda: reversed(range(2)), lambda: map(abs, [1]), lambda: zip([1]),
             lambda: enumerate([1]), lambda: filter(None, [1]), lambda: reversed({1: 2}),
             lambda: reversed({1: 2}.values()), lambda: reversed({1: 2}.items()),
             lambda: iter(range(2**64, 2**64 + 2)), lambda: reversed(range(2**64, 2**64 + 2))]:
    it = make()
    before = type(it).__name__
    items = list(it)
    print(before, type(it).__name__, items, operator.length_hint(it, -1), list(it))


def peek(x):
    return type(m).__name__, type(f).__name__


m = map(peek, [1])
f = filter(lambda x: print(type(f).__name__) or True, [1, 2])
print(list(m), list(f))
for i in reversed(range(0)):
    print("never")
print([type(x).__name__ for x in (iter(range(0)), iter(range(-5)), reversed(range(-5)))])
