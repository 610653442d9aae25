# memoryview basics: format, shape, cast, tolist, hex, release
m = memoryview(b'abcdefgh')
print(m.format, m.shape, m.itemsize, m.ndim, m.strides, m.nbytes, m.readonly)
print(m.tolist())
c = m.cast('I')
print(c.format, c.shape, c.itemsize, c.tolist())
h = m.cast('H')
print(h.tolist(), len(h))
b2 = m.cast('B', shape=[2, 4])
print(b2.shape, b2.tolist())
ba = bytearray(b'\x01\x00\x02\x00')
mv = memoryview(ba).cast('h')
mv[0] = 7
print(ba, mv.tolist())
try:
    m.cast('I', shape=[3])
except TypeError as e:
    print('TE', e)
except ValueError as e:
    print('VE', e)
try:
    memoryview(b'abc').cast('I')
except TypeError as e:
    print('TE', e)
except ValueError as e:
    print('VE', e)
print(m[1:3].tolist(), m[::2].tobytes())
print(memoryview(b'ab').cast('c').tolist())
print(bytes(m.cast('b')[:3]))
print(m.cast('b').tolist()[:3])
print(m.hex(), m.hex(':'))
print(m == b'abcdefgh', m.obj)
with memoryview(b'xy') as q:
    print(q.tobytes())
try:
    q.tobytes()
except ValueError as e:
    print(e)
