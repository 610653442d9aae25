# bytes and complex values inside containers, f-strings, sorting, sets and dict keys; conversions
data = [b'pear', b'apple', bytearray(b'fig'), b'Banana']
print(sorted(data), sorted(data, key=len), max(data), min(data, key=lambda b: b[-1]))
print({b'a': 1, b'b': 2}, {b'x', b'y', b'x'} == {b'y', b'x'}, b'a' in {b'a': 0}, (b'a', 1j) == (b'a', 1j))
print(f'{b"raw"} {b"raw"!r} {bytearray(b"ba")} {1j} {2+3j:.1f} {b"x" * 3}')
print(str(b'x'), repr(bytearray()), [b'\x00', bytearray(b'\xff')], (b'',), {1j: b'c'})
print(list(zip(b'ab', b'xy')), [chr(c) for c in b'hey'], bytes(reversed(b'abc')), b''.join(sorted([b'b', b'a'])))
print(float(b'1.5'), float(bytearray(b' -2e3 ')), int(b'  17 '), complex('3') + b'ab'.count(b'a'))
print(sum(b'\x01\x02'), any(b'\x00'), all(b'\x01\x02'), len({bytes([i % 3]) for i in range(10)}))
for f in [lambda: float(b'x'), lambda: int(b'1.5'), lambda: sorted([b'a', 'a']), lambda: {bytearray(b'k'): 1}]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
