# `x[a:b]` and `x[a:b:c]` (BuildSlice then BinarySubscr, fused): exact lists, tuples and
# strs with int or None bounds take the quick path; subclasses, `__index__` bounds, bools and
# other objects build the slice object; errors and their tracebacks.
import traceback

l = list(range(10))
t = tuple("abcdefghij")
s = "hello, world"
u = "héllo wörld ✓"
for a in (None, -20, -3, 0, 2, 5, 9, 10, 42):
    for b in (None, -20, -1, 0, 3, 7, 10, 99):
        print(a, b, l[a:b], t[a:b], s[a:b], u[a:b])
for a, b, c in ((None, None, -1), (1, 8, 2), (8, 1, -3), (None, None, 3), (-1, None, -2), (5, 5, 1)):
    print(a, b, c, l[a:b:c], t[a:b:c], s[a:b:c], u[a:b:c])

print(s[:] is s, t[:] is t, l[:] is l, l[:] == l)
print(s[3:4], u[1:2], repr(s[4:2]))
big = 2**70
print(l[:big], l[-big:3], s[big:])


class I:
    def __index__(self):
        print("index called")
        return 2


print(l[I():], l[:I()], s[I():I()], t[::I()])
print(l[True:], s[:False], l[1.0:] if False else "skip")


class L(list):
    def __getitem__(self, k):
        print("L.__getitem__", k)
        return super().__getitem__(k)


class S(str):
    pass


class T(tuple):
    pass


print(L([1, 2, 3])[1:], type(S("abcdef")[1:3]), S("abcdef")[::2], T((1, 2, 3))[:2])
r = range(10)
print(r[2:8:2], r[::-1])
b = b"bytes here"
print(b[2:5], bytearray(b)[1:3], memoryview(b)[1:4].tobytes())


class Sliced:
    def __getitem__(self, k):
        return ("got", k.start, k.stop, k.step)


print(Sliced()[1:2], Sliced()[::3], Sliced()["a":"b"])
d = {}
for k in range(3):
    print(l[k:k + 2], s[k:-k or None])


def errors():
    for f in (
        lambda: l[::0],
        lambda: s[::0],
        lambda: l["a":],
        lambda: s[:1.5],
        lambda: t[None:None:"x"],
        lambda: (5)[1:2],
        lambda: None[:3],
        lambda: d[1:2],
    ):
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)


errors()


def aug():
    m = [1, 2, 3, 4]
    m[1:3] += [9]
    m[::2] = [7, 7, 7] if False else m[::2]
    del m[:1]
    print(m)


aug()


def tb():
    seq = [1, 2, 3]
    step = 0
    return seq[1:3:step]


try:
    tb()
except ValueError:
    traceback.print_exc()

s2 = "abc"
print(s2[1:"x"])
