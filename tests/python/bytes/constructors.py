# bytes() and bytearray() constructors and their errors
print(bytes(), bytes(0), bytes(4), bytes([65, 66, 67]), bytes((1, 255)), bytes(range(3)))
print(bytes(b'abc'), bytes(bytearray(b'xy')), bytes(memoryview(b'mv')), bytes('é', 'utf-8'))
print(bytes('abc', encoding='ascii'), bytes('aé', 'ascii', 'ignore'), bytes(x for x in [1, 2]))
print(bytearray(), bytearray(3), bytearray(b'ab'), bytearray([1, 2]), bytearray('ü', 'latin-1'))
class B:
    def __bytes__(self):
        return b'from dunder'
print(bytes(B()))
for args in [('abc',), (-1,), ([256],), ([-1],), (['a'],), (1.5,), (None,), (b'x', 'utf-8'),
             (1, 'utf-8'), ('x', 'nope'), ('é', 'ascii'), ('x', 1)]:
    try:
        print(bytes(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    bytearray(-5)
except ValueError as e:
    print(e)
print(bytes.fromhex('41 42 43'), bytes.fromhex(''), bytearray.fromhex('ff00'))
for s in ['4', 'zz', '41 4', '4 1']:
    try:
        print(bytes.fromhex(s))
    except ValueError as e:
        print('ValueError', e)
