# bytes %-formatting
print(b'%s and %s' % (b'this', bytearray(b'that')))
print(b'%d|%5d|%-5d|%05d|%x|%X|%o|%+d' % (42, 42, 42, 42, 255, 255, 8, 7))
print(b'%.2f|%10.3e|%g|%%' % (3.14159, 12345.678, 0.5))
print(b'%c%c%c' % (72, b'i', 33), b'%r' % 'caf\xe9', b'%a' % [1, 'x'])
print(b'%(name)s is %(age)d' % {b'name': b'Bob', b'age': 30})
print(b'%5s|%-5s|%.1s' % (b'ab', b'cd', b'ef'), b'%b' % b'bee')
print(bytearray(b'%d-%d') % (1, 2), b'no args' % ())
for fmt, args in [(b'%s', 'str'), (b'%d', 'x'), (b'%c', 300), (b'%c', b'ab'), (b'%s %s', (b'a',)),
                  (b'%s', (b'a', b'b')), (b'%z', 1), (b'%', ())]:
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__, e)
