# bytes indexing, slicing, iteration, membership
b = b'hello world'
print(b[0], b[-1], b[4], type(b[0]))
print(b[1:4], b[:3], b[6:], b[::-1], b[::3], b[-5:-1], b[100:], b[5:2])
for i, c in enumerate(b'abc'):
    print(i, c, chr(c))
print(list(b'xyz'), tuple(b'\x00\xff'), sum(b'\x01\x02\x03'))
print(b'ell' in b, b'' in b, 104 in b, 0 in b, b'xyz' in b)
print(bytearray(b'lo') in b, memoryview(b'wor') in b)
for bad in ['e', 300, 1.5, None]:
    try:
        print(bad in b)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b[11]
except IndexError as e:
    print('IndexError', e)
try:
    b['a']
except TypeError as e:
    print('TypeError', e)
try:
    b[0] = 1
except TypeError as e:
    print('TypeError', e)
print(max(b), min(b), sorted(b'cba'), reversed(b'ab').__class__.__name__, list(reversed(b'ab')))
