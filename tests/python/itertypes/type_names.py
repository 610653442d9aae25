# the builtin iterator types: names, reprs without addresses, isinstance, calling the types
def show(it):
    print(type(it).__name__, repr(it).split(' at ')[0] + '>', isinstance(it, type(it)))
for it in [map(str, [1]), zip([1], [2]), filter(None, [1]), enumerate([1]), reversed([1]),
           reversed((1,)), reversed('ab'), reversed(range(3)), reversed({1: 2}), iter([1]), iter((1,)),
           iter(range(3)), iter('ab'), iter('é'), iter({1: 2}), iter({}.values()), iter({}.items()),
           iter({1}), iter(frozenset()), iter(b''), iter(bytearray()), iter(lambda: 1, 2),
           (x for x in [])]:
    show(it)
print(map, zip, filter, enumerate, reversed)
print(isinstance(map(str, []), map), type(zip()) is zip, type(enumerate([])) is enumerate)
print(map.__name__, type(map).__name__, issubclass(filter, object), callable(zip))
print(type(iter([])) is type(iter([1, 2])), type(iter(())) is type(iter([])))
