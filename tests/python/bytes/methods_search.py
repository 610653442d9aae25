# bytes search methods: find/rfind/index/rindex/count/startswith/endswith
s = b'abracadabra'
print(s.find(b'abra'), s.find(b'abra', 1), s.rfind(b'abra'), s.find(b'zz'), s.find(97), s.find(b''))
print(s.index(b'cad'), s.rindex(b'a'), s.count(b'a'), s.count(b'abra'), s.count(b''), s.count(98))
print(s.find(b'a', 2, 5), s.find(b'a', -4), s.count(b'a', 0, 4), s.rfind(b'a', 0, 4))
print(s.startswith(b'abr'), s.startswith((b'x', b'ab')), s.endswith(b'bra'), s.endswith(b'a', 0, 4))
print(s.startswith(b'cad', 4), bytearray(s).find(b'cad'), s.find(bytearray(b'cad')))
for call in [lambda: s.index(b'zz'), lambda: s.rindex(b'q'), lambda: s.find('a'), lambda: s.find(256),
             lambda: s.startswith('a'), lambda: s.startswith((b'a', 'b')), lambda: s.find(),
             lambda: s.count(b'a', 'x')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
