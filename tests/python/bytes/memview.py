# memoryview basics over bytes and bytearray
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m.readonly, m.nbytes, m.format, m.itemsize, m.obj)
print(m[1:4].tobytes(), m[::2].tolist(), bytes(m[::-1]), m.tobytes(), m.hex())
print(m == b'abcdef', m[1:3] == b'bc', m != b'x', b'abcdef' == m, list(m[:3]))
ba = bytearray(b'hello')
w = memoryview(ba)
w[0] = 72
w[1:3] = b'EL'
print(ba, w.readonly, w.tobytes())
with memoryview(b'ctx') as v:
    print(v.tobytes())
print(repr(v)[:16])
def setitem(obj, key, value):
    obj[key] = value
for call in [lambda: len(v), lambda: v[0], lambda: v.tobytes(), lambda: setitem(m, 0, 1),
             lambda: memoryview('str'), lambda: setitem(w, 0, 256), lambda: setitem(w, slice(0, 2), b'abc'),
             lambda: m[10], lambda: hash(w)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(hash(m) == hash(b'abcdef'), type(m).__name__, type(iter(m)).__name__)
m2 = memoryview(b'xyz')
m2.release()
m2.release()
print('released twice ok')
