# __length_hint__ of the builtin iterators and operator.length_hint, as CPython 3.11 counts
# them: fresh, part-way, exhausted, and after their container changed.
import operator
from collections import deque


def show(label, it):
    try:
        h = it.__length_hint__()
    except AttributeError:
        h = "no __length_hint__"
    except Exception as e:
        h = type(e).__name__
    try:
        o = operator.length_hint(it, -1)
    except Exception as e:
        o = type(e).__name__ + ": " + str(e)
    print(label, type(it).__name__, h, o)


def walk(label, make, steps, finish=True):
    it = make()
    show(label, it)
    for _ in range(steps):
        next(it, None)
    show(label + " +%d" % steps, it)
    if finish:
        for _ in it:
            pass
        show(label + " done", it)


walk("list", lambda: iter([1, 2, 3]), 1)
walk("tuple", lambda: iter((1, 2)), 1)
walk("range", lambda: iter(range(10)), 3)
walk("range step", lambda: iter(range(0, 10, 3)), 1)
walk("range neg", lambda: iter(range(10, -10, -7)), 1)
walk("rev range", lambda: reversed(range(5)), 2)
walk("rev range0", lambda: reversed(range(0)), 0)
walk("rev list", lambda: reversed([1, 2, 3]), 1)
walk("rev tuple", lambda: reversed((1, 2, 3)), 1)
walk("rev str", lambda: reversed("abc"), 1)
walk("dict keys", lambda: iter({1: 2, 3: 4}), 1)
walk("dict values", lambda: iter({1: 2}.values()), 1)
walk("dict items", lambda: iter({1: 2}.items()), 1)
walk("rev dict", lambda: reversed({1: 2, 3: 4}), 1)
walk("rev dict keys", lambda: reversed({1: 2, 3: 4}.keys()), 1)
walk("rev dict values", lambda: reversed({1: 2, 3: 4}.values()), 1)
walk("rev dict items", lambda: reversed({1: 2, 3: 4}.items()), 1)
walk("set", lambda: iter({1, 2, 3}), 1)
walk("frozenset", lambda: iter(frozenset({1, 2})), 1)
walk("str", lambda: iter("abc"), 1)
walk("ustr", lambda: iter("abé€"), 2)
walk("bytes", lambda: iter(b"abc"), 1)
walk("bytearray", lambda: iter(bytearray(b"abc")), 1)
walk("deque", lambda: iter(deque([1, 2, 3])), 1)
walk("rev deque", lambda: reversed(deque([1, 2, 3])), 1)
walk("map", lambda: map(str, [1]), 0)
walk("zip", lambda: zip([1], [2]), 0)
walk("enumerate", lambda: enumerate([1]), 0)
walk("filter", lambda: filter(None, [1]), 0)
walk("gen", lambda: (x for x in [1]), 0)
walk("callable", lambda: iter(iter([1, 2]).__next__, 2), 0)
print(list(reversed({1: 2, 3: 4}.values())), list(reversed({1: 2, 3: 4}.items())))


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError


class SizedSeq(Seq):
    def __len__(self):
        return 3


walk("seqiter nolen", lambda: iter(Seq()), 1)
walk("seqiter", lambda: iter(SizedSeq()), 1)
walk("rev seq", lambda: reversed(SizedSeq()), 1)

# Containers that change under the iterator.
l = [1, 2, 3, 4]
it = iter(l)
next(it)
l.pop()
l.pop()
l.pop()
show("list shrunk", it)
l.extend([5, 6])
show("list grown", it)
l = [1, 2, 3]
it = reversed(l)
next(it)
l.clear()
show("rev list cleared", it)
d = {1: 1, 2: 2}
it = iter(d)
next(it)
d[3] = 3
show("dict grown", it)
s = {1, 2, 3}
it = iter(s)
next(it)
s.add(4)
show("set grown", it)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
show("set after error", it)

# Long ranges: longrange_iterator, and operator.length_hint cannot return the hint.
for r in [range(2**70), range(2**70, 2**70 + 3), range(-2**63, 0), range(-2**63 - 1, 0),
          range(0, 2**63 - 1), range(0, 2**63 - 1, 2), range(0, 2**63), range(2**63 - 1, 0, -1),
          range(10, 0, -2**63), range(0, 10, 2**63), range(-2**63, -2**63 + 5, 2),
          range(2**63 - 3, 2**63 - 1)]:
    small = (r.stop - r.start) // r.step < 10
    walk("range(%d, %d, %d)" % (r.start, r.stop, r.step), lambda: iter(r), 1, small)
    walk("reversed(range(%d, %d, %d))" % (r.start, r.stop, r.step), lambda: reversed(r), 1, small)
print(next(iter(range(2**70, 2**70 + 3))), list(reversed(range(2**64, 2**64 + 3))))


# The running native iterator keeps its type name.
def name_of(x):
    return type(m).__name__


m = map(name_of, [1])
print(list(m), type(m).__name__)
print(type(iter([])).__length_hint__ is not None, callable(iter(()).__length_hint__))
try:
    iter([]).__length_hint__(1)
except TypeError:
    print("TypeError")
print(operator.length_hint([1, 2]), operator.length_hint(iter([]), 5), operator.length_hint(object(), 7))
