# reversed() of an exact list or tuple is stepped in the loop itself; every other sequence
# still goes through __getitem__. Lists changed during the walk, exhausted iterators and
# length hints behave as in CPython.
import operator


def walk(it):
    out = []
    for x in it:
        out.append(x)
    return out


for seq in ([1, 2, 3], (4, 5), [], (), "ab", b"xy", range(3)):
    r = reversed(seq)
    print(type(r).__name__, walk(r), walk(r), next(r, "end"))

l = [1, 2, 3, 4]
r = reversed(l)
print(next(r), operator.length_hint(r))
l.append(5)
print(walk(r), operator.length_hint(r))
l.append(6)
print(walk(r))

l = [1, 2, 3, 4, 5]
out = []
for x in reversed(l):
    out.append(x)
    if len(l) > 2:
        del l[0]
print(out, l)

l = [1, 2, 3]
for x in reversed(l):
    if x == 3:
        l.clear()
print(l)


class T(tuple):
    def __getitem__(self, i):
        return ("T", tuple.__getitem__(self, i))


class G:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i == 1:
            raise IndexError
        return i * 10


print(walk(reversed(T((1, 2)))), walk(reversed(G())))


def apply_all(x, *fs):
    # The tuple of a star parameter, walked backwards on every call.
    for g in reversed(fs):
        x = g(x)
    return x


print([apply_all(i, len, str, abs) for i in (-5, 12, -345)])
