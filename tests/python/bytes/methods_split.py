# bytes split/rsplit/splitlines/join/partition
print(b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 1), b'a,b,,c'.rsplit(b',', 1))
print(b'  one  two\tthree\n'.split(), b' a b c '.split(None, 1), b' a b c '.rsplit(None, 1))
print(b''.split(), b''.split(b','), b'abc'.split(b'abc'), b'x'.split(maxsplit=0))
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\r\n'.splitlines(keepends=True), b''.splitlines())
print(b', '.join([b'a', b'b', bytearray(b'c')]), b''.join([]), bytearray(b'-').join([b'x', b'y']))
print(b'key=value=x'.partition(b'='), b'key=value=x'.rpartition(b'='), b'abc'.partition(b'z'), b'abc'.rpartition(b'z'))
for call in [lambda: b'a'.split(b''), lambda: b'a'.split('a'), lambda: b','.join([b'a', 'b']),
             lambda: b','.join([1]), lambda: b'a'.partition(b''), lambda: b'a'.split(1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
