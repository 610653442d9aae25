# dir() of the builtin iterators lists __length_hint__ where CPython 3.11 has one, and a
# bytes-like index beyond Py_ssize_t is "cannot fit 'int' into an index-sized integer".
import operator
its = [iter([1]), iter((1,)), iter(range(3)), iter("ab"), reversed([1, 2]), iter({1: 2}),
       iter({1: 2}.values()), iter({1: 2}.items()), iter({1}), iter(b"ab"),
       iter(bytearray(b"x")), reversed(range(3)), reversed((1, 2)), iter(frozenset()),
       enumerate([]), map(str, []), zip(), filter(None, []), reversed({1: 2})]
for it in its:
    print(type(it).__name__, "__length_hint__" in dir(it), hasattr(it, "__length_hint__"),
          "__length_hint__" in dir(type(it)))
for it in its:
    try:
        print(type(it).__name__, operator.length_hint(it), it.__length_hint__())
    except Exception as e:
        print(type(it).__name__, type(e).__name__, e)

for idx in (2**64, -2**64, 2**63, 2**100, -2**63 - 1):
    for seq in (b"ab", bytearray(b"ab"), memoryview(b"ab"), "ab", [1], (1,), range(3)):
        try:
            seq[idx]
        except Exception as e:
            print(type(seq).__name__, idx, type(e).__name__, e)

class I:
    def __index__(self):
        return 1
for seq in (b"ab", bytearray(b"ab"), memoryview(b"ab")):
    print(seq[I()])
ba = bytearray(b"ab")
for idx in (2**64, -2**64):
    try:
        ba[idx] = 1
    except Exception as e:
        print("set", type(e).__name__, e)
    try:
        del ba[idx]
    except Exception as e:
        print("del", type(e).__name__, e)
    try:
        memoryview(ba)[idx] = 1
    except Exception as e:
        print("view set", type(e).__name__, e)
