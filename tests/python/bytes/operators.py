# bytes operators: concat, repeat, comparison, hashing, errors
a, b = b'abc', b'abd'
print(a + b, a * 2, 3 * b'-', a * 0, a * -1)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, b'ab' < b'abc', b'' < b'a')
print(b'a' == bytearray(b'a'), bytearray(b'a') < b'b', b'a' == 'a', b'1' == 1)
print(hash(b'') == 0, hash(b'abc') == hash(b'abc'), hash(b'abc') == hash('abc'))
d = {b'k': 1, b'j': 2}
print(d[b'k'], b'j' in d, {b'x', b'x', b'y'} == {b'y', b'x'})
for f in [lambda: b'a' + 'b', lambda: 'a' + b'b', lambda: b'a' * 1.5, lambda: b'a' < 'b',
          lambda: b'a' + 1, lambda: b'a' - b'a', lambda: hash(bytearray(b'x')), lambda: -b'a']:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
x = b'ab'
x += b'cd'
print(x)
x *= 2
print(x)
