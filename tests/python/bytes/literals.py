# bytes literals: escapes, raw, concatenation of adjacent literals, repr quoting
print(b'abc', b"abc", b'''tri''', rb'\n', br'\x00')
print(b'\x00\x01\x7f\x80\xff', b'\t\n\r', b'\\', b'\'', b"\"")
print(b'it\'s', b"say \"hi\"", b'both \' and "')
print(b'ab' b'cd', len(b'\x00' * 3))
print(repr(b''), repr(b'\x0b\x0c'), str(b'x'))
print(type(b''), type(b'').__name__, isinstance(b'', bytes))
print(b'\101\102', b'\x41', b'\N' if False else b'ok')
x = b'abc'
print(x is x, x == b'abc', x != b'abd', bool(b''), bool(b'\x00'))
