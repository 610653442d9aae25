# memoryview item formats: typed casts, item get/set with range errors, ND shapes, equality, hashing
ba = bytearray(range(16))
m = memoryview(ba)
q = m.cast('q')
print(q.tolist(), len(q), q.nbytes, q.strides)
d = memoryview(bytearray(16)).cast('d')
d[0] = 1.5; d[1] = 2
print(d.tolist(), d[0], d[-1])
try: d[0] = 'x'
except TypeError as e: print(e)
h = m.cast('h')
try: h[0] = 70000
except ValueError as e: print(e)
h[0] = -2
print(h[0], list(h)[:3], -2 in h, 99 in h)
print(h[::2].tolist(), h[1:3].strides)
try: h[::2].cast('B')
except TypeError as e: print(e)
c = m.cast('c')
print(c[0], c[:2].tolist())
c[0] = b'z'
try: c[0] = b'zz'
except ValueError as e: print(e)
print(ba[:2])
two = m.cast('B', shape=[4, 4])
print(two.ndim, two.shape, two.strides, len(two), two.tolist()[1])
try: two[0]
except NotImplementedError as e: print(e)
print(two.cast('B').shape)
try: two.cast('B', shape=[2, 8])
except TypeError as e: print(e)
try: m.cast('x')
except ValueError as e: print(e)
try: h.cast('i')
except TypeError as e: print(e)
try: m.cast('B', shape=5)
except TypeError as e: print(e)
try: m.cast('B', shape=[0, 16])
except ValueError as e: print(e)
print(m.cast('B', shape=(16,)).shape)
print(h == memoryview(bytes(ba)).cast('h'), h == ba, m == ba)
r = memoryview(b'abcd')
print(hash(r) == hash(b'abcd'))
try: hash(r.cast('h'))
except ValueError as e: print(e)
b = memoryview(bytearray(4)).cast('?')
b[0] = 5
print(b.tolist())
i = memoryview(bytearray(8)).cast('I')
i[0] = 2**32 - 1
print(i.tolist(), i.format, i.itemsize)
try: i[0] = -1
except ValueError as e: print(e)
print(bytes(i), i.tobytes(), i.hex())
print(m.contiguous, m[::2].contiguous, m.c_contiguous, m.f_contiguous, m.suboffsets)
