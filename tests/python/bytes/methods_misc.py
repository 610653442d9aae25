# bytes replace, hex, translate/maketrans, decode
s = b'a-b-c-d'
print(s.replace(b'-', b'+'), s.replace(b'-', b'', 2), s.replace(b'', b'.'), s.replace(b'x', b'y'))
print(b'\x00\xffab'.hex(), b'abcdef'.hex(':'), b'abcdef'.hex('-', 2), b'abcdef'.hex(' ', -4), b''.hex())
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), b'aabbcc'.translate(t), b'hello'.translate(None, b'l'), b'abc'.translate(t, b'c'))
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'caf\xe9'.decode('latin-1'), b'abc'.decode('ascii'))
print(bytearray(b'xyz').hex(), bytearray(b'a-b').replace(b'-', b'+'))
for call in [lambda: bytes.maketrans(b'ab', b'c'), lambda: b'a'.translate(b'short'),
             lambda: b'a'.replace('a', 'b'), lambda: b'ab'.hex(':::'), lambda: b'a'.decode(1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
