# __index__ on user classes: subscripts, slices, repetition, range, bin/hex/chr; reflected ops before sequences
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
l = [10, 20, 30, 40]
print(l[Idx(1)], l[Idx(-1)], l[Idx(1):Idx(3)], 'abcd'[Idx(2)], (1, 2, 3)[Idx(0)], b'xyz'[Idx(1)])
l[Idx(0)] = 99
del l[Idx(1)]
print(l, l[::Idx(2)])
print(range(Idx(3)), list(range(Idx(1), Idx(7), Idx(2))), [0] * Idx(3), Idx(2) * 'ab', bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), chr(Idx(65)))
print(range(10)[Idx(2)], int(Idx(7)), float(Idx(7)), complex(Idx(2)))
class Vec:
    def __init__(self, xs):
        self.xs = xs
    def __rmul__(self, k):
        return 'rmul %r' % (k,)
    def __radd__(self, o):
        return 'radd %r' % (o,)
print([1, 2] * Vec([1]), [1] + Vec([2]), 'x' + Vec([]), (1,) * Vec(0))
class Bad:
    def __index__(self):
        return 'x'
class Plain:
    pass
for f in [lambda: l[Bad()], lambda: [1][Idx(5)], lambda: l['a'], lambda: range(Bad()), lambda: [1] * Bad(),
          lambda: l[Plain()], lambda: [1] * Plain(), lambda: chr(Plain()), lambda: bin(Plain())]:
    try:
        print(f())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
