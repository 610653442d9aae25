# locals() in functions: one dict per frame, refreshed on each call; class bodies and module level.
def f():
    a = 1
    l = locals()
    b = 2
    print(l)
    l2 = locals()
    print(l is l2, l)
    l["zz"] = 5
    print(locals().get("zz"))
f()
def g(x, *args, **kw):
    y = x
    def inner(): return y
    print(sorted(locals()))
g(1, 2, k=3)
class K:
    q = 1
    print(sorted(locals()))
print(locals() is globals())
m = memoryview(bytearray(b"abcdef"))
print(m[1:3].tobytes(), m.tolist()[:2], len(m), m.readonly, m[::2].tobytes())
m[0] = 65
print(m.obj, bytes(m[:2]))
